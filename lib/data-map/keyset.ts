import { decodeLine, encodedColumn, LF, lastLineStart, literal } from "./copy-text";
import type { Column, DateRange, Page, Reader, Window } from "./types";

// Rows per page where the database is read a page at a time (the embedded one): large enough that queries do not
// dominate, small enough that a page in memory stays a few megabytes.
export const PAGE_ROWS = 5_000;

export type KeysetSpec = {
  // FROM clause (static SQL; every value the query uses is bound or written as a literal).
  from: string;
  // The column that says whose row it is.
  owner: string;
  // A unique, ordered column that pages are cut on, and its SQL type.
  key: { sql: string; type: "bigint" | "uuid" | "text" };
  // The column a date range applies to, if any.
  date?: string;
  // A further condition (static SQL) on which rows belong to the category.
  filter?: string;
  columns: readonly Column[];
};

// Every value is read as text, so both databases hand back the same text and nothing is parsed twice.
function asText(c: Column): string {
  switch (c.type) {
    case "timestamp":
      return `((${c.sql}) at time zone 'UTC')::text`;
    case "date":
      return `to_char(${c.sql}, 'YYYY-MM-DD')`;
    default:
      return `(${c.sql})::text`;
  }
}

const orderOf = (spec: KeysetSpec, sql = spec.key.sql) => (spec.key.type === "text" ? `${sql} collate "C"` : sql);

// How a value gets into the SQL: as a bind parameter, or (for COPY, which takes none) as a literal.
type Bind = (value: string) => string;

function parameters(): { bind: Bind; params: unknown[] } {
  const params: unknown[] = [];
  return { params, bind: (value) => `$${params.push(value)}` };
}

function where(spec: KeysetSpec, bind: Bind, subjectId: string, range: DateRange, window: Window = {}): string {
  const { sql, type } = spec.key;
  const key = (op: string, value: string) =>
    type === "text" ? `${sql} collate "C" ${op} ${bind(value)}` : `${sql} ${op} ${bind(value)}::${type}`;
  return [
    `${spec.owner} = ${bind(subjectId)}`,
    ...(spec.filter ? [`(${spec.filter})`] : []),
    ...(spec.date && range.from ? [`${spec.date} >= ${bind(range.from.toISOString())}::timestamptz`] : []),
    ...(spec.date && range.to ? [`${spec.date} < ${bind(range.to.toISOString())}::timestamptz`] : []),
    ...(window.after != null ? [key(">", window.after)] : []),
    ...(window.until != null ? [key("<=", window.until)] : []),
  ].join(" and ");
}

/** All of a subject's rows as the export reads them, as one statement with its values written in (for COPY). */
export function fullQuery(spec: KeysetSpec, subjectId: string): string {
  const w = where(spec, literal, subjectId, { from: null, to: null });
  return `select ${spec.columns.map(asText).join(", ")} from ${spec.from} where ${w} order by ${orderOf(spec)}`;
}

export function countQuery(spec: KeysetSpec, subjectId: string, range: DateRange) {
  const { bind, params } = parameters();
  return { text: `select count(*)::text from ${spec.from} where ${where(spec, bind, subjectId, range)}`, params };
}

// Where the key is one of the exported columns (usually "id"), pages are cut on that column; otherwise the key is
// read as one more value at the end of each line, which the writers skip.
function keyColumn(spec: KeysetSpec): number {
  const i = spec.columns.findIndex((c) => c.sql === spec.key.sql && ["int", "uuid", "text"].includes(c.type));
  return i < 0 ? spec.columns.length : i;
}

function selected(spec: KeysetSpec): { sql: string; escapes: boolean }[] {
  const read = spec.columns.map((c) => ({ sql: asText(c), escapes: c.type === "text" || c.type === "json" }));
  if (keyColumn(spec) === spec.columns.length) read.push({ sql: `(${spec.key.sql})::text`, escapes: true });
  return read;
}

/** The rows in one COPY statement, for a database that streams it. */
function copyQuery(spec: KeysetSpec, subjectId: string, range: DateRange, window: Window): string {
  const columns = selected(spec).map((c) => c.sql);
  const w = where(spec, literal, subjectId, range, window);
  return `copy (select ${columns.join(", ")} from ${spec.from} where ${w} order by ${orderOf(spec)}) to stdout`;
}

/** One page as [row count, COPY text], built by the database's string functions. */
function pageQuery(spec: KeysetSpec, subjectId: string, range: DateRange, window: Window) {
  const read = selected(spec);
  const { bind, params } = parameters();
  const columns = read.map((c, i) => `${c.sql} as c${i}`).join(", ");
  const page = `select ${columns}, ${spec.key.sql} as k from ${spec.from} where ${where(spec, bind, subjectId, range, window)}
    order by ${orderOf(spec)} limit ${PAGE_ROWS}`;
  const line = read.map((c, i) => encodedColumn(`c${i}`, c.escapes)).join(", ");
  return {
    text: `select count(*)::text, string_agg(concat_ws(E'\\t', ${line}), E'\\n' order by ${orderOf(spec, "k")}) || E'\\n'
      from (${page}) s`,
    params,
  };
}

const lastKey = (data: Buffer, key: number) => decodeLine(data, lastLineStart(data))[key]!;

// PostgreSQL streams the whole selection as it reads it, in pieces that end anywhere. A page is each piece's whole
// lines, with the line the previous piece left unfinished completed as a small page of its own (copying pieces
// together would cost as much as writing them).
async function* streamed(copy: NonNullable<Reader["copy"]>, sql: string, key: number): AsyncGenerator<Page> {
  let carry: Buffer | null = null;
  for await (const chunk of copy(sql)) {
    let start = 0;
    if (carry) {
      const end = chunk.indexOf(LF) + 1;
      if (end === 0) {
        carry = Buffer.concat([carry, chunk]);
        continue;
      }
      const line = Buffer.concat([carry, chunk.subarray(0, end)]);
      carry = null;
      start = end;
      yield { data: line, last: lastKey(line, key) };
    }
    const end = chunk.lastIndexOf(LF) + 1;
    if (end < chunk.length) carry = Buffer.from(chunk.subarray(Math.max(start, end)));
    if (end > start) {
      const page = chunk.subarray(start, end);
      yield { data: page, last: lastKey(page, key) };
    }
  }
  if (carry) throw new Error("the database's COPY ended inside a line");
}

/**
 * A subject's rows in key order, as pages of COPY text (see copy-text.ts). A reader that can stream COPY gets the
 * rows in one statement; otherwise they are read a page at a time, each page after the last key of the one before.
 */
export async function* keysetPages(
  spec: KeysetSpec,
  reader: Reader,
  subjectId: string,
  range: DateRange,
  window: Window = {},
): AsyncGenerator<Page> {
  const key = keyColumn(spec);
  if (reader.copy) {
    yield* streamed(reader.copy, copyQuery(spec, subjectId, range, window), key);
    return;
  }
  const read = (after: string | null | undefined) => {
    const q = pageQuery(spec, subjectId, range, { ...window, after });
    const rows = reader.rows(q.text, q.params);
    rows.catch(() => {}); // read ahead: a reader that stops early never awaits it
    return rows;
  };
  for (let next = read(window.after); ;) {
    const [row] = await next;
    const count = Number(row?.[0] ?? 0);
    if (count === 0) return;
    const data = Buffer.from(row![1]!, "utf8");
    const last = lastKey(data, key);
    // The next page is read while this one is written: the embedded database works on its own thread.
    if (count === PAGE_ROWS) next = read(last);
    yield { data, last };
    if (count < PAGE_ROWS) return;
  }
}
