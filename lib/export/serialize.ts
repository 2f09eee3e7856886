import type { Column, ColumnType } from "@/lib/data-map/types";

// Timestamps are read as UTC "YYYY-MM-DD HH:MM:SS[.ffffff]" (see lib/data-map/keyset.ts) and written as ISO 8601.
function iso(v: string): string {
  return `${v.slice(0, 10)}T${v.slice(11)}Z`;
}

const NEEDS_QUOTES = /[",\r\n]/;

function csvText(v: string): string {
  return NEEDS_QUOTES.test(v) ? `"${v.replaceAll('"', '""')}"` : v;
}

function jsonValue(type: ColumnType, v: string): string {
  switch (type) {
    case "text":
      return JSON.stringify(v);
    case "int":
    case "bool":
    case "json":
      return v;
    case "timestamp":
      return `"${iso(v)}"`;
    default:
      return `"${v}"`;
  }
}

function csvValue(type: ColumnType, v: string): string {
  switch (type) {
    case "text":
    case "json":
      return csvText(v);
    case "timestamp":
      return iso(v);
    default:
      return v;
  }
}

// Spreadsheet programs read a CSV file as UTF-8 (Chinese included) only when it starts with a byte-order mark.
export const CSV_BOM = "\uFEFF";

export type RowFormat = {
  /** The rows of one page as JSON objects separated by ",\n" (the caller writes the array brackets). */
  json(rows: (string | null)[][]): string;
  /** The rows of one page as CSV lines, each ending in CRLF (RFC 4180). */
  csv(rows: (string | null)[][]): string;
  csvHeader: string;
};

/**
 * Writes rows without building an object per row: the column names and types are looked up once, and each
 * value is already text from the database. This loop runs once per exported row, so it stays this plain.
 */
export function rowFormat(columns: readonly Column[]): RowFormat {
  const n = columns.length;
  const types = columns.map((c) => c.type);
  const keys = columns.map((c, i) => `${i ? "," : "{"}${JSON.stringify(c.name)}:`);
  return {
    json(rows) {
      let out = "";
      for (let r = 0; r < rows.length; r++) {
        const row = rows[r]!;
        let s = r ? ",\n" : "";
        for (let i = 0; i < n; i++) {
          const v = row[i];
          s += keys[i]! + (v == null ? "null" : jsonValue(types[i]!, v));
        }
        out += n ? `${s}}` : `${s}{}`;
      }
      return out;
    },
    csv(rows) {
      let out = "";
      for (const row of rows) {
        let s = "";
        for (let i = 0; i < n; i++) {
          const v = row[i];
          if (i) s += ",";
          if (v != null) s += csvValue(types[i]!, v);
        }
        out += `${s}\r\n`;
      }
      return out;
    },
    csvHeader: `${columns.map((c) => csvText(c.name)).join(",")}\r\n`,
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
