import "server-only";
import { decodeLines } from "@/lib/data-map/copy-text";
import type { Category, Reader } from "@/lib/data-map/types";
import { ByteSink } from "./bytes";
import { rangeOf, type ExportSelection } from "./schemas";
import { CSV_BOM, displayValue, rowFormat, type RowFormat } from "./serialize";
import type { WrittenFile, ZipWriter } from "./zip";

// A category's CSV is written after its JSON, from the same pass over the database: its first megabytes are
// held in memory meanwhile. Past this much, the rest of the CSV is read again after the JSON (bounded to the keys
// the JSON saw), so memory stays flat however large an account is.
export const CSV_HOLD_BYTES = 16 * 1024 * 1024;
// The readable page shows this many records of each category; the data files hold all of them.
export const HTML_SAMPLE_ROWS = 100;

export type CategoryInput = {
  reader: Reader;
  subjectId: string;
  selection: ExportSelection;
  yesNo: [string, string];
  // Tests lower it to take the second pass on small data.
  csvHoldBytes?: number;
};
export type CategoryResult = { rows: number; sample: string[][]; csvPath: string | null };

/** The CSV lines written during the JSON pass, kept until the CSV file can be opened (`bytes` counts whole chunks). */
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

async function* jsonFile(zip: ZipWriter, c: Category, input: CategoryInput, format: RowFormat, held: HeldCsv) {
  const json = zip.open(`data/${c.key}.json`);
  const out = new ByteSink((chunk) => json.write(chunk));
  const [yes, no] = input.yesNo;
  const sample: string[][] = [];
  let rows = 0;
  let lastKey: string | null = null;
  json.write("[");
  for await (const page of c.export(input.reader, input.subjectId, rangeOf(input.selection))) {
    if (held.holding && held.bytes >= (input.csvHoldBytes ?? CSV_HOLD_BYTES)) held.holding = false;
    const n = format.json(page.data, out, rows === 0);
    rows += n;
    lastKey = page.last;
    if (held.holding) {
      format.csv(page.data, held.out);
      held.rows += n;
      held.until = page.last;
    }
    if (sample.length < HTML_SAMPLE_ROWS) {
      for (const row of decodeLines(page.data, HTML_SAMPLE_ROWS - sample.length)) {
        sample.push(c.columns.map((col, i) => displayValue(col.type, row[i] ?? null, yes, no)));
      }
    }
    yield* zip.take();
  }
  out.flush();
  held.out.flush();
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
      rows += format.csv(page.data, out);
      yield* zip.take();
    }
    out.flush();
  }
  return csv.close(rows);
}

/** data/<key>.json, and data/<key>.csv for lists, from one pass over the category's rows (see CSV_HOLD_BYTES). */
export async function* categoryFiles(
  zip: ZipWriter,
  c: Category,
  input: CategoryInput,
  files: WrittenFile[],
): AsyncGenerator<Uint8Array, CategoryResult> {
  const format = rowFormat(c.columns);
  const held = new HeldCsv(c.tabular);
  const pass = yield* jsonFile(zip, c, input, format, held);
  files.push(pass.file);
  yield* zip.take();
  if (!c.tabular) return { rows: pass.rows, sample: pass.sample, csvPath: null };
  const csv = yield* csvFile(zip, c, input, format, held, pass);
  files.push(csv);
  yield* zip.take();
  return { rows: pass.rows, sample: pass.sample, csvPath: csv.path };
}
