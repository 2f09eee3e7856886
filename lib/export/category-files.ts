import "server-only";
import type { Category, Page, Reader } from "@/lib/data-map/types";
import { ByteSink } from "./bytes";
import { rangeOf, type ExportSelection } from "./schemas";
import { CSV_BOM, displayValue, rowFormat, type RowFormat } from "./serialize";
import type { WrittenFile, ZipWriter } from "./zip";

// A category's CSV is written after its JSON, from the same pass over the database: its first megabytes are
// held in memory meanwhile. Past this much, the rest of the CSV is read again after the JSON (bounded to the keys
// the JSON saw), so memory stays flat however large an account is.
export const CSV_HOLD_BYTES = 32 * 1024 * 1024;
// The readable page shows this many records of each category; the data files hold all of them.
export const HTML_SAMPLE_ROWS = 100;

// A page is written a slice at a time, letting the event loop run in between when the database is another process:
// the next page is arriving on its connection meanwhile, and unread it would fill the socket and stall the database.
const SLICE_ROWS = 1_000;
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

// A written page is emptied at once: the loop still holds it while the next page is read, and rows that live
// through that read get promoted to the old generation, which then grows by tens of megabytes before it is
// collected. Emptied, they die young and memory stays flat.
function release(page: Page) {
  page.rows.length = 0;
}

export type CategoryInput = {
  reader: Reader;
  subjectId: string;
  selection: ExportSelection;
  yesNo: [string, string];
  // Tests lower it to take the second pass on small data.
  csvHoldBytes?: number;
};
export type CategoryResult = { rows: number; sample: string[][]; csvPath: string | null };

/** The CSV lines written during the JSON pass, kept until the CSV file can be opened. */
class HeldCsv {
  readonly chunks: Uint8Array[] = [];
  bytes = 0;
  rows = 0;
  until: string | null = null;
  holding: boolean;
  readonly out = new ByteSink((chunk) => {
    this.chunks.push(chunk);
    this.bytes += chunk.length;
  });
  constructor(tabular: boolean) {
    this.holding = tabular;
  }
}

/**
 * A category's pages with the first one already asked for. With a database in another process, the archive asks
 * for the next category's first page as it starts a category, so that page arrives while this one is written
 * instead of each category beginning with a wait (an account has dozens of categories, most of them small).
 */
export function prefetchedPages(c: Category, input: CategoryInput): AsyncGenerator<Page> {
  const pages = c.export(input.reader, input.subjectId, rangeOf(input.selection));
  const first = pages.next();
  // Not taken when the download stops before this category; its consumer sees any failure otherwise.
  first.catch(() => {});
  return (async function* () {
    try {
      const page = await first;
      if (page.done) return;
      yield page.value;
      yield* pages;
    } finally {
      await pages.return(undefined);
    }
  })();
}

async function* jsonFile(
  zip: ZipWriter,
  c: Category,
  input: CategoryInput,
  format: RowFormat,
  held: HeldCsv,
  pages: AsyncGenerator<Page>,
) {
  const json = zip.open(`data/${c.key}.json`);
  const out = new ByteSink((chunk) => json.write(chunk));
  const [yes, no] = input.yesNo;
  const sample: string[][] = [];
  let rows = 0;
  let lastKey: string | null = null;
  json.write("[");
  for await (const page of pages) {
    const n = page.rows.length;
    if (held.holding && held.bytes >= (input.csvHoldBytes ?? CSV_HOLD_BYTES)) held.holding = false;
    for (let start = 0; start < n; start += SLICE_ROWS) {
      const end = Math.min(n, start + SLICE_ROWS);
      format.json(page.rows, start, end, out, rows === 0 && start === 0);
      if (held.holding) format.csv(page.rows, start, end, held.out);
      if (end < n && input.reader.concurrent) await breathe();
    }
    out.flush();
    rows += n;
    lastKey = page.last;
    if (held.holding) {
      held.out.flush();
      held.rows += n;
      held.until = page.last;
    }
    for (const row of page.rows.slice(0, HTML_SAMPLE_ROWS - sample.length)) {
      sample.push(row.map((v, i) => displayValue(c.columns[i]!.type, v, yes, no)));
    }
    release(page);
    yield* zip.take();
  }
  json.write(rows ? "\n]\n" : "]\n");
  return { file: json.close(rows), rows, lastKey, sample };
}

async function* csvFile(
  zip: ZipWriter,
  c: Category,
  input: CategoryInput,
  format: RowFormat,
  held: HeldCsv,
  pass: { rows: number; lastKey: string | null },
) {
  const path = `data/${c.key}.csv`;
  const csv = zip.open(path);
  csv.write(CSV_BOM + format.csvHeader);
  for (const chunk of held.chunks.splice(0)) {
    csv.write(chunk);
    yield* zip.take();
  }
  let rows = held.rows;
  if (rows < pass.rows) {
    const out = new ByteSink((chunk) => csv.write(chunk));
    const window = { after: held.until, until: pass.lastKey };
    for await (const page of c.export(input.reader, input.subjectId, rangeOf(input.selection), window)) {
      for (let start = 0; start < page.rows.length; start += SLICE_ROWS) {
        format.csv(page.rows, start, Math.min(page.rows.length, start + SLICE_ROWS), out);
        if (input.reader.concurrent) await breathe();
      }
      out.flush();
      rows += page.rows.length;
      release(page);
      yield* zip.take();
    }
  }
  return csv.close(rows);
}

/** data/<key>.json, and data/<key>.csv for lists, from one pass over the category's rows (see CSV_HOLD_BYTES). */
export async function* categoryFiles(
  zip: ZipWriter,
  c: Category,
  input: CategoryInput,
  files: WrittenFile[],
  pages: AsyncGenerator<Page> = c.export(input.reader, input.subjectId, rangeOf(input.selection)),
): AsyncGenerator<Uint8Array, CategoryResult> {
  const format = rowFormat(c.columns);
  const held = new HeldCsv(c.tabular);
  const pass = yield* jsonFile(zip, c, input, format, held, pages);
  files.push(pass.file);
  yield* zip.take();
  if (!c.tabular) return { rows: pass.rows, sample: pass.sample, csvPath: null };
  const csv = yield* csvFile(zip, c, input, format, held, pass);
  files.push(csv);
  yield* zip.take();
  return { rows: pass.rows, sample: pass.sample, csvPath: csv.path };
}
