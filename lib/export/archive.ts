import "server-only";
import { categoryFor } from "@/lib/data-map/registry";
import type { Category, Page, Reader } from "@/lib/data-map/types";
import type { Locale } from "@/lib/i18n/config";
import { indexHtml } from "./html";
import { buildManifest, type CategorySummary, type People } from "./manifest";
import { rangeOf, type ExportSelection } from "./schemas";
import { ByteSink } from "./bytes";
import { CSV_BOM, displayValue, rowFormat } from "./serialize";
import { ZipWriter, type WrittenFile } from "./zip";

// A category's CSV is written after its JSON, from the same pass over the database: its first megabytes are
// held in memory meanwhile. Past this much, the rest of the CSV is read again after the JSON (bounded to the keys
// the JSON saw), so memory stays flat however large an account is.
export const CSV_HOLD_BYTES = 32 * 1024 * 1024;
// The readable page shows this many records of each category; the data files hold all of them.
export const HTML_SAMPLE_ROWS = 100;

export type ArchiveInput = {
  reader: Reader;
  subjectId: string;
  selection: ExportSelection;
  people: People;
  locale: Locale;
  generatedAt: Date;
  zipLevel?: number;
  yesNo: [string, string];
};

// A page is written a slice at a time, letting the event loop run in between: the next page is arriving on the
// database connection meanwhile, and unread it would fill the socket and stall the database until this page is done.
const SLICE_ROWS = 1_000;
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

// A written page is emptied at once: the loop still holds it while the next page is read, and rows that live
// through that read get promoted to the old generation, which then grows by tens of megabytes before it is
// collected. Emptied, they die young and memory stays flat.
function release(page: Page) {
  page.rows.length = 0;
}

async function* writeCategory(
  zip: ZipWriter,
  c: Category,
  input: ArchiveInput,
  files: WrittenFile[],
  summaries: CategorySummary[],
): AsyncGenerator<Uint8Array> {
  const range = rangeOf(input.selection);
  const format = rowFormat(c.columns);
  const [yes, no] = input.yesNo;
  const json = zip.open(`data/${c.key}.json`);
  const jsonOut = new ByteSink((chunk) => json.write(chunk));
  json.write("[");
  let rows = 0;
  let lastKey: string | null = null;
  const held: Uint8Array[] = [];
  let holding = c.tabular;
  let heldBytes = 0;
  let heldRows = 0;
  let heldUntil: string | null = null;
  const heldOut = new ByteSink((chunk) => {
    held.push(chunk);
    heldBytes += chunk.length;
  });
  const sample: string[][] = [];
  for await (const page of c.export(input.reader, input.subjectId, range)) {
    const n = page.rows.length;
    if (holding && heldBytes >= CSV_HOLD_BYTES) holding = false;
    for (let start = 0; start < n; start += SLICE_ROWS) {
      const end = Math.min(n, start + SLICE_ROWS);
      format.json(page.rows, start, end, jsonOut, rows === 0 && start === 0);
      if (holding) format.csv(page.rows, start, end, heldOut);
      if (end < n && input.reader.concurrent) await breathe();
    }
    jsonOut.flush();
    rows += n;
    lastKey = page.last;
    if (holding) {
      heldOut.flush();
      heldRows += n;
      heldUntil = page.last;
    }
    for (const row of page.rows.slice(0, HTML_SAMPLE_ROWS - sample.length)) {
      sample.push(row.map((v, i) => displayValue(c.columns[i]!.type, v, yes, no)));
    }
    release(page);
    yield* zip.take();
  }
  json.write(rows ? "\n]\n" : "]\n");
  files.push(json.close(rows));
  yield* zip.take();

  let csvPath: string | null = null;
  if (c.tabular) {
    csvPath = `data/${c.key}.csv`;
    const csv = zip.open(csvPath);
    csv.write(CSV_BOM + format.csvHeader);
    for (const chunk of held.splice(0)) {
      csv.write(chunk);
      yield* zip.take();
    }
    let csvRows = heldRows;
    if (heldRows < rows) {
      const csvOut = new ByteSink((chunk) => csv.write(chunk));
      const window = { after: heldUntil, until: lastKey };
      for await (const page of c.export(input.reader, input.subjectId, range, window)) {
        for (let start = 0; start < page.rows.length; start += SLICE_ROWS) {
          format.csv(page.rows, start, Math.min(page.rows.length, start + SLICE_ROWS), csvOut);
          if (input.reader.concurrent) await breathe();
        }
        csvOut.flush();
        csvRows += page.rows.length;
        release(page);
        yield* zip.take();
      }
    }
    files.push(csv.close(csvRows));
    yield* zip.take();
  }
  summaries.push({ category: c, rows, sample, csvPath });
}

/**
 * The archive, produced as it is sent: data/<category>.json (and .csv for lists), then index.html, then
 * manifest.json with every file's row count and SHA-256. The caller pulls chunks; nothing is read from the
 * database before the previous chunk has been taken, so a slow reader slows the export instead of filling memory.
 */
export async function* archiveChunks(input: ArchiveInput): AsyncGenerator<Uint8Array> {
  const zip = new ZipWriter(input.zipLevel ?? 0);
  const files: WrittenFile[] = [];
  const summaries: CategorySummary[] = [];
  for (const key of input.selection.categories) {
    yield* writeCategory(zip, categoryFor(key)!, input, files, summaries);
  }
  const manifest = buildManifest(input, files, summaries);
  const html = zip.open("index.html");
  for (const part of indexHtml(input.locale, manifest, summaries)) {
    html.write(part);
    yield* zip.take();
  }
  files.push(html.close(0));
  const final = zip.open("manifest.json");
  final.write(`${JSON.stringify({ ...manifest, files }, null, 2)}\n`);
  final.close(0);
  zip.end();
  yield* zip.take();
}
