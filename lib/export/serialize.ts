import { BACKSLASH, isNull, LF, TAB, unescaped } from "@/lib/data-map/copy-text";
import type { Column, ColumnType } from "@/lib/data-map/types";
import { putAscii, type ByteSink } from "./bytes";

// Pages arrive as COPY text (lib/data-map/copy-text.ts) and are written byte by byte into JSON and CSV: no value
// becomes a string on the way, which is where an export used to spend most of its time (in creating strings,
// encoding them, and collecting them afterwards).

const QUOTE = 0x22;
const COMMA = 0x2c;
const CR = 0x0d;
const HEX = "0123456789abcdef";

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

// Each writer below takes a value starting at `i` and leaves `next` at the TAB or LF after it. A module variable
// rather than a returned pair: the writers run once per exported value and must not allocate. Each loop tests
// first for the common byte (printable, nothing to escape), which decides most bytes with one or two comparisons;
// the end of the data ends a value too, so a short line can never run a writer past it.
let next = 0;

/** The value's bytes unchanged (numbers, booleans, uuids, dates, timestamps: printable ASCII, never escaped). */
function putRaw(data: Buffer, i: number, buf: Buffer, p: number): number {
  for (let b = data[i]!; b >= 0x20; b = data[++i]!) buf[p++] = b;
  next = i;
  return p;
}

/** A database timestamp "YYYY-MM-DD HH:MM:SS[.ffffff]" (UTC) as ISO 8601 "YYYY-MM-DDTHH:MM:SS[.ffffff]Z". */
function putIso(data: Buffer, i: number, buf: Buffer, p: number): number {
  const start = p;
  p = putRaw(data, i, buf, p);
  if (p - start > 10) buf[start + 10] = 0x54;
  buf[p++] = 0x5a;
  return p;
}

/** The value with its escapes undone: JSON from the database is written as it is. */
function putUnescaped(data: Buffer, i: number, buf: Buffer, p: number): number {
  for (let b = data[i]; b !== TAB && b !== LF && b !== undefined; b = data[++i]) {
    buf[p++] = b === BACKSLASH ? unescaped(data[++i]!) : b;
  }
  next = i;
  return p;
}

/** The value inside a JSON string: quote, backslash and control characters escaped; UTF-8 passes through. */
function putJsonString(data: Buffer, i: number, buf: Buffer, p: number): number {
  for (let b = data[i]!; ; b = data[++i]!) {
    if (b >= 0x20 && b !== QUOTE && b !== BACKSLASH) {
      buf[p++] = b;
      continue;
    }
    if (b === TAB || b === LF || b === undefined) break;
    if (b === BACKSLASH) b = unescaped(data[++i]!);
    buf[p++] = BACKSLASH;
    if (b === QUOTE || b === BACKSLASH) buf[p++] = b;
    else if (b === LF) buf[p++] = 0x6e;
    else if (b === CR) buf[p++] = 0x72;
    else if (b === TAB) buf[p++] = 0x74;
    else {
      buf[p++] = 0x75;
      buf[p++] = 0x30;
      buf[p++] = 0x30;
      buf[p++] = HEX.charCodeAt(b >> 4);
      buf[p++] = HEX.charCodeAt(b & 15);
    }
  }
  next = i;
  return p;
}

/** A CSV field (RFC 4180): quoted, with quotes doubled, only when it holds a quote, comma or line break. */
function putCsvText(data: Buffer, i: number, buf: Buffer, p: number): number {
  let quoted = false;
  let end = i;
  for (let b = data[end]!; ; b = data[++end]!) {
    if (b > COMMA && b !== BACKSLASH) continue;
    if (b === TAB || b === LF || b === undefined) break;
    if (b === QUOTE || b === COMMA) quoted = true;
    else if (b === BACKSLASH) {
      const letter = data[++end];
      if (letter === 0x6e || letter === 0x72) quoted = true;
    }
  }
  if (quoted) buf[p++] = QUOTE;
  for (; i < end; i++) {
    let b = data[i]!;
    if (b === BACKSLASH) b = unescaped(data[++i]!);
    else if (b === QUOTE) buf[p++] = QUOTE;
    buf[p++] = b;
  }
  if (quoted) buf[p++] = QUOTE;
  next = end;
  return p;
}

export type RowFormat = {
  /** Every line of a page as JSON objects, each after ",\n" except the file's very first ("\n"). Returns how many. */
  json(data: Buffer, out: ByteSink, first: boolean): number;
  /** Every line of a page as CSV lines, each ending in CRLF (RFC 4180). Returns how many. */
  csv(data: Buffer, out: ByteSink): number;
  csvHeader: string;
};

/**
 * Writes lines with the column names and types looked up once. Room is reserved once per line: no value grows to
 * more than six times its COPY text (a control character written as \u00XX), plus quotes and a zone per value.
 * A line may hold one value more than there are columns (the key pages are cut on); it is skipped.
 */
export function rowFormat(columns: readonly Column[]): RowFormat {
  const n = columns.length;
  const types = columns.map((c) => code(c.type));
  // Column names are ASCII identifiers (camelCase), so they are written as such.
  const keys = columns.map((c, i) => `${i ? "," : "{"}${JSON.stringify(c.name)}:`);
  const fixed = keys.reduce((a, k) => a + k.length + 6, 8);
  return {
    json(data, out, first) {
      let rows = 0;
      for (let i = 0; i < data.length; rows++) {
        let eol = data.indexOf(LF, i);
        if (eol < 0) eol = data.length;
        out.reserve((eol - i) * 6 + fixed);
        const buf = out.buf;
        let p = out.pos;
        if (!(first && rows === 0)) buf[p++] = COMMA;
        buf[p++] = 0x0a;
        for (let c = 0; c < n; c++) {
          p = putAscii(buf, p, keys[c]!);
          if (isNull(data, i)) {
            p = putAscii(buf, p, "null");
            next = i + 2;
          } else {
            switch (types[c]) {
              case TEXT:
                buf[p++] = QUOTE;
                p = putJsonString(data, i, buf, p);
                buf[p++] = QUOTE;
                break;
              case RAW:
                p = putRaw(data, i, buf, p);
                break;
              case JSON_TEXT:
                p = putUnescaped(data, i, buf, p);
                break;
              case TIMESTAMP:
                buf[p++] = QUOTE;
                p = putIso(data, i, buf, p);
                buf[p++] = QUOTE;
                break;
              default:
                buf[p++] = QUOTE;
                p = putRaw(data, i, buf, p);
                buf[p++] = QUOTE;
            }
          }
          i = next + 1;
        }
        if (n === 0) buf[p++] = 0x7b;
        buf[p++] = 0x7d;
        out.pos = p;
        i = eol + 1;
      }
      return rows;
    },
    csv(data, out) {
      let rows = 0;
      for (let i = 0; i < data.length; rows++) {
        let eol = data.indexOf(LF, i);
        if (eol < 0) eol = data.length;
        out.reserve((eol - i) * 6 + fixed);
        const buf = out.buf;
        let p = out.pos;
        for (let c = 0; c < n; c++) {
          if (c) buf[p++] = COMMA;
          if (isNull(data, i)) next = i + 2;
          else {
            const t = types[c];
            if (t === TEXT || t === JSON_TEXT) p = putCsvText(data, i, buf, p);
            else if (t === TIMESTAMP) p = putIso(data, i, buf, p);
            else p = putRaw(data, i, buf, p);
          }
          i = next + 1;
        }
        buf[p++] = CR;
        buf[p++] = LF;
        out.pos = p;
        i = eol + 1;
      }
      return rows;
    },
    csvHeader: `${columns.map((c) => (/[",\r\n]/.test(c.name) ? `"${c.name}"` : c.name)).join(",")}\r\n`,
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
