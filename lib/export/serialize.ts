import type { Column, ColumnType } from "@/lib/data-map/types";
import { putAscii, putCsvQuoted, putIso, putJsonText, putText, worstCase, type ByteSink } from "./bytes";

const QUOTE = 0x22;
const NEEDS_QUOTES = /[",\r\n]/;

// Spreadsheet programs read a CSV file as UTF-8 (Chinese included) only when it starts with a byte-order mark.
export const CSV_BOM = "\uFEFF";

// Column types as small numbers, so the per-value switch is a jump table.
const TEXT = 0;
const RAW = 1; // numbers and booleans: written as they are
const JSON_TEXT = 2; // json and jsonb from the database: already JSON, any character
const TIMESTAMP = 3;
const QUOTED_ASCII = 4; // uuids and dates

function code(type: ColumnType): number {
  switch (type) {
    case "text":
      return TEXT;
    case "int":
    case "bool":
      return RAW;
    case "json":
      return JSON_TEXT;
    case "timestamp":
      return TIMESTAMP;
    default:
      return QUOTED_ASCII;
  }
}

export type Rows = (string | null)[][];

export type RowFormat = {
  /** Rows [start, end) as JSON objects, each after ",\n" except the file's very first ("\n"). */
  json(rows: Rows, start: number, end: number, out: ByteSink, first: boolean): void;
  /** Rows [start, end) as CSV lines, each ending in CRLF (RFC 4180). */
  csv(rows: Rows, start: number, end: number, out: ByteSink): void;
  csvHeader: string;
};

function rowRoom(row: (string | null)[], fixed: number): number {
  let n = fixed;
  for (let i = 0; i < row.length; i++) {
    const v = row[i];
    if (v != null) n += worstCase(v);
  }
  return n;
}

/**
 * Writes rows with the column names and types looked up once; each value is already text from the database.
 * This runs once per exported value, so it stays this plain: room is reserved once per row, and the writers
 * are plain functions the compiler can inline.
 */
export function rowFormat(columns: readonly Column[]): RowFormat {
  const n = columns.length;
  const types = columns.map((c) => code(c.type));
  // Column names are ASCII identifiers (camelCase), so they are written as such.
  const keys = columns.map((c, i) => `${i ? "," : "{"}${JSON.stringify(c.name)}:`);
  const fixed = keys.reduce((a, k) => a + k.length + 6, 8);
  return {
    json(rows, start, end, out, first) {
      for (let r = start; r < end; r++) {
        const row = rows[r]!;
        out.reserve(rowRoom(row, fixed));
        const buf = out.buf;
        let p = out.pos;
        if (!(first && r === start)) buf[p++] = 0x2c;
        buf[p++] = 0x0a;
        for (let i = 0; i < n; i++) {
          p = putAscii(buf, p, keys[i]!);
          const v = row[i];
          if (v == null) {
            p = putAscii(buf, p, "null");
            continue;
          }
          switch (types[i]) {
            case TEXT:
              buf[p++] = QUOTE;
              p = putJsonText(buf, p, v);
              buf[p++] = QUOTE;
              break;
            case RAW:
              p = putAscii(buf, p, v);
              break;
            case JSON_TEXT:
              p = putText(buf, p, v);
              break;
            case TIMESTAMP:
              buf[p++] = QUOTE;
              p = putIso(buf, p, v);
              buf[p++] = QUOTE;
              break;
            default:
              buf[p++] = QUOTE;
              p = putAscii(buf, p, v);
              buf[p++] = QUOTE;
          }
        }
        if (n === 0) buf[p++] = 0x7b;
        buf[p++] = 0x7d;
        out.pos = p;
      }
    },
    csv(rows, start, end, out) {
      for (let r = start; r < end; r++) {
        const row = rows[r]!;
        out.reserve(rowRoom(row, n * 3 + 2));
        const buf = out.buf;
        let p = out.pos;
        for (let i = 0; i < n; i++) {
          if (i) buf[p++] = 0x2c;
          const v = row[i];
          if (v == null) continue;
          const t = types[i];
          if (t === TEXT || t === JSON_TEXT) {
            if (NEEDS_QUOTES.test(v)) {
              buf[p++] = QUOTE;
              p = putCsvQuoted(buf, p, v);
              buf[p++] = QUOTE;
            } else p = putText(buf, p, v);
          } else if (t === TIMESTAMP) p = putIso(buf, p, v);
          else p = putAscii(buf, p, v);
        }
        buf[p++] = 0x0d;
        buf[p++] = 0x0a;
        out.pos = p;
      }
    },
    csvHeader: `${columns.map((c) => (NEEDS_QUOTES.test(c.name) ? `"${c.name}"` : c.name)).join(",")}\r\n`,
  };
}

/** A value as a person reads it on the archive's index page. */
export function displayValue(type: ColumnType, v: string | null, yes: string, no: string): string {
  if (v == null) return "";
  switch (type) {
    case "timestamp":
      return `${v.slice(0, 16)} UTC`;
    case "bool":
      return v === "true" ? yes : no;
    case "json":
      return v.length > 300 ? `${v.slice(0, 300)}…` : v;
    default:
      return v;
  }
}
