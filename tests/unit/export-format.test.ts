import { stringify } from "csv-stringify/sync";
import { describe, expect, it } from "vitest";
import { col } from "@/lib/data-map/define";
import { decodeLines, lastLineStart } from "@/lib/data-map/copy-text";
import { ByteSink } from "@/lib/export/bytes";
import { rowFormat } from "@/lib/export/serialize";

const columns = [
  col("id", "x", "int", "ID", "编号"),
  col("note", "x", "text", "Note", "备注"),
  col("at", "x", "timestamp", "When", "时间"),
  col("ok", "x", "bool", "OK", "是否"),
  col("extra", "x", "json", "Extra", "附加"),
];

// Values as the database hands them over: every one text, timestamps in UTC without a zone.
const rows: (string | null)[][] = [
  ["1", "plain", "2025-05-01 02:03:04.123456", "true", '{"a":1}'],
  ["2", 'comma, "quote"', "2025-05-01 02:03:04", "false", '["x","y, z"]'],
  ["3", "line\nbreak\r\nand CR", "2025-12-31 23:59:59.9", null, null],
  ["4", "中文：张爱丽 🍵 emoji", "2000-01-01 00:00:00", "true", '{"名":"茶"}'],
  ["5", "back\\slash\ttab\u0001ctl\b\f\v", "2025-05-01 02:03:04", "true", "null"],
  ["6", "", "2025-05-01 02:03:04", "false", "{}"],
  ["7", null, "2025-05-01 02:03:04", "false", '"=1+1"'],
  ["8", "\\N", "2025-05-01 02:03:04", "true", '{"a":"tab\\there\\\\"}'],
  ["9", "N", "2025-05-01 02:03:04", null, '{\n  "indented": true\n}'],
];

// COPY text as PostgreSQL writes it: \N for NULL, and backslash escapes for backslash and six control characters
// (other control characters stay raw).
const ESCAPES: Record<string, string> = {
  "\\": "\\\\",
  "\b": "\\b",
  "\f": "\\f",
  "\n": "\\n",
  "\r": "\\r",
  "\t": "\\t",
  "\v": "\\v",
};
const copyValue = (v: string | null) => (v === null ? "\\N" : v.replace(/[\\\b\f\n\r\t\v]/g, (c) => ESCAPES[c]!));
const copyText = (lines: (string | null)[][]) =>
  Buffer.from(lines.map((line) => `${line.map(copyValue).join("\t")}\n`).join(""), "utf8");

function write(fn: (sink: ByteSink) => void): string {
  const chunks: Uint8Array[] = [];
  const sink = new ByteSink((c) => chunks.push(c));
  fn(sink);
  sink.flush();
  return Buffer.concat(chunks).toString("utf8");
}

const iso = (v: string) => `${v.replace(" ", "T")}Z`;

describe("the export's row writers", () => {
  const format = rowFormat(columns);

  it("write JSON that reads back to exactly the values, with ISO timestamps", () => {
    const text = `[${write((sink) => expect(format.json(copyText(rows), sink, true)).toBe(rows.length))}\n]`;
    expect(JSON.parse(text)).toEqual(
      rows.map(([id, note, at, ok, extra]) => ({
        id: Number(id),
        note,
        at: iso(at!),
        ok: ok === null ? null : ok === "true",
        extra: extra == null ? null : JSON.parse(extra),
      })),
    );
  });

  it("write the same CSV as csv-stringify (RFC 4180 quoting, CRLF)", () => {
    const ours = write((sink) => expect(format.csv(copyText(rows), sink)).toBe(rows.length));
    const reference = stringify(
      rows.map(([id, note, at, ok, extra]) => [id, note, iso(at!), ok, extra]),
      { record_delimiter: "\r\n" },
    );
    expect(ours).toBe(reference);
    expect(format.csvHeader).toBe("id,note,at,ok,extra\r\n");
  });

  it("skip a value past the last column (the key a page is cut on), and go on after an earlier page", () => {
    const withKey = rows.map((row) => [...row, `key-${row[0]}`]);
    const first = write((sink) => format.json(copyText(withKey.slice(0, 3)), sink, true));
    const rest = write((sink) => format.json(copyText(withKey.slice(3)), sink, false));
    expect(JSON.parse(`[${first}${rest}\n]`)).toHaveLength(rows.length);
    expect(first.startsWith("\n{")).toBe(true);
    expect(rest.startsWith(",\n{")).toBe(true);
    const csv = write((sink) => format.csv(copyText(withKey), sink));
    expect(csv).toBe(write((sink) => format.csv(copyText(rows), sink)));
  });

  it("stop at the end of the data when a line holds fewer values than there are columns", () => {
    const short = Buffer.from("1\tunfinished", "utf8");
    expect(write((sink) => expect(format.json(short, sink, true)).toBe(1))).toContain('"note":"unfinished"');
    expect(write((sink) => expect(format.csv(short, sink)).toBe(1))).toContain("1,unfinished");
  });

  it("start new chunks when one fills up", () => {
    const many = Array.from({ length: 5000 }, (_, i) => [
      String(i),
      "x".repeat(100),
      "2025-05-01 02:03:04",
      "true",
      "{}",
    ]);
    const chunks: Uint8Array[] = [];
    const sink = new ByteSink((c) => chunks.push(c));
    format.csv(copyText(many), sink);
    sink.flush();
    expect(chunks.length).toBeGreaterThan(1);
    expect(Buffer.concat(chunks).toString().split("\r\n")).toHaveLength(5001);
  });
});

describe("COPY text", () => {
  it("decodes back to the values it was written from", () => {
    const data = copyText(rows);
    expect(decodeLines(data, 100)).toEqual(rows);
    expect(decodeLines(data, 2)).toEqual(rows.slice(0, 2));
  });

  it("finds the last whole line, and none in an unfinished one", () => {
    const data = copyText(rows);
    expect(decodeLines(data.subarray(lastLineStart(data)), 1)).toEqual([rows.at(-1)]);
    expect(lastLineStart(data.subarray(0, data.length - 1))).toBe(-1);
  });
});
