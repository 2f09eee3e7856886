import { packed, unpack } from "./packed";
import type { Column, DateRange, Page, Reader, Window } from "./types";

// Rows per page: large enough that round trips do not dominate, small enough that two pages in memory
// (the one being written and the one being fetched) stay a few megabytes. Pages live through a fetch, so the
// collector moves them to the old generation, which then grows until its next full collection: at 10,000 rows the
// 1M-row download's peak memory reached 77 MB in some runs, at 5,000 it stays near 25 MB at the same speed.
export const PAGE_ROWS = 5_000;

export type KeysetSpec = {
  // FROM clause (static SQL; every value the query uses is a bind parameter).
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

// Every value is read as text, so both drivers hand back the same strings and nothing is parsed twice.
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

/** All of a subject's rows in one statement, as the export reads them (for a COPY of the same rows). */
export function fullQuery(spec: KeysetSpec, subjectId: string): Built {
  const w = where(spec, subjectId, { from: null, to: null });
  const order = spec.key.type === "text" ? `${spec.key.sql} collate "C"` : spec.key.sql;
  return {
    text: `select ${spec.columns.map(asText).join(", ")} from ${spec.from} where ${w.text} order by ${order}`,
    params: w.params,
  };
}

function keyCompare(spec: KeysetSpec, op: ">" | "<=", param: string): string {
  const { sql, type } = spec.key;
  return type === "text" ? `${sql} collate "C" ${op} ${param}` : `${sql} ${op} ${param}::${type}`;
}

type Built = { text: string; params: unknown[] };

function where(spec: KeysetSpec, subjectId: string, range: DateRange, window: Window = {}): Built {
  const params: unknown[] = [subjectId];
  const conditions = [`${spec.owner} = $1`, ...(spec.filter ? [`(${spec.filter})`] : [])];
  const add = (sql: (p: string) => string, value: unknown) => {
    params.push(value);
    conditions.push(sql(`$${params.length}`));
  };
  if (spec.date && range.from) add((p) => `${spec.date} >= ${p}::timestamptz`, range.from.toISOString());
  if (spec.date && range.to) add((p) => `${spec.date} < ${p}::timestamptz`, range.to.toISOString());
  if (window.after != null) add((p) => keyCompare(spec, ">", p), window.after);
  if (window.until != null) add((p) => keyCompare(spec, "<=", p), window.until);
  return { text: conditions.join(" and "), params };
}

export function countQuery(spec: KeysetSpec, subjectId: string, range: DateRange): Built {
  const w = where(spec, subjectId, range);
  return { text: `select count(*)::text from ${spec.from} where ${w.text}`, params: w.params };
}

// Where the key is one of the exported columns (usually "id"), pages are cut on that column instead of reading the
// key a second time; otherwise the key is read first and taken off each row.
function keyColumn(spec: KeysetSpec): number {
  return spec.columns.findIndex((c) => c.sql === spec.key.sql && ["int", "uuid", "text"].includes(c.type));
}

const orderOf = (spec: KeysetSpec, sql = spec.key.sql) => (spec.key.type === "text" ? `${sql} collate "C"` : sql);

function pageQuery(spec: KeysetSpec, subjectId: string, range: DateRange, window: Window) {
  const w = where(spec, subjectId, range, window);
  const read = spec.columns.map(asText);
  if (keyColumn(spec) < 0) read.unshift(`(${spec.key.sql})::text`);
  // Aliased, so a driver that returns rows as objects keeps every column (see reader.ts).
  const columns = read.map((c, i) => `${c} as c${i}`).join(", ");
  const from = `from ${spec.from} where ${w.text} order by ${orderOf(spec)} limit ${PAGE_ROWS}`;
  return {
    text: `select ${columns} ${from}`,
    params: w.params,
    width: read.length,
    // The same page as one row (see packed.ts), ordered on the raw key.
    packedText: packed(`select ${columns}, ${spec.key.sql} as k ${from}`, read.length, orderOf(spec, "k")),
  };
}

/**
 * Pages of a subject's rows in key order. With a database in another process the next page is already being
 * fetched while the caller writes the current one, so both work at the same time. Rows come back without the key.
 */
export async function* keysetPages(
  spec: KeysetSpec,
  reader: Reader,
  subjectId: string,
  range: DateRange,
  window: Window = {},
): AsyncGenerator<Page> {
  const fetch = async (after: string | null | undefined) => {
    const q = pageQuery(spec, subjectId, range, { ...window, after });
    if (!reader.packed) return reader.rows(q.text, q.params);
    const [row] = await reader.rows(q.packedText, q.params);
    // A value holding a separator makes the page fail its check; that page is then read row by row.
    return unpack(row?.[1] ?? null, Number(row?.[0] ?? 0), q.width) ?? reader.rows(q.text, q.params);
  };
  const key = keyColumn(spec);
  let pending: Promise<(string | null)[][]> | null = fetch(window.after);
  try {
    while (pending) {
      const rows = await pending;
      pending = null;
      if (rows.length === 0) return;
      const last = rows[rows.length - 1]![Math.max(key, 0)]!;
      const more = rows.length === PAGE_ROWS;
      if (more && reader.concurrent) pending = fetch(last);
      if (key < 0) for (const row of rows) row.shift();
      yield { rows, last };
      if (more && !pending) pending = fetch(last);
    }
  } finally {
    // A caller that stops early leaves at most one query in flight; its result is not wanted.
    pending?.catch(() => {});
  }
}
