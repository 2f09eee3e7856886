import { stringify } from "csv-stringify/sync";
import { describe, expect, it } from "vitest";
import { col } from "@/lib/data-map/define";
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
  ["5", "back\\slash\ttab\u0001ctl", "2025-05-01 02:03:04", "true", "null"],
  ["6", "", "2025-05-01 02:03:04", "false", "{}"],
  ["7", null, "2025-05-01 02:03:04", "false", '"=1+1"'],
];

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
    const text = `[${write((sink) => format.json(rows, 0, rows.length, sink, true))}\n]`;
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
    const ours = write((sink) => format.csv(rows, 0, rows.length, sink));
    const reference = stringify(
      rows.map(([id, note, at, ok, extra]) => [id, note, iso(at!), ok, extra]),
      { record_delimiter: "\r\n" },
    );
    expect(ours).toBe(reference);
    expect(format.csvHeader).toBe("id,note,at,ok,extra\r\n");
  });

  it("write any slice of a page, and start new chunks when one fills up", () => {
    const many = Array.from({ length: 5000 }, (_, i) => [
      String(i),
      "x".repeat(100),
      "2025-05-01 02:03:04",
      "true",
      "{}",
    ]);
    const chunks: Uint8Array[] = [];
    const sink = new ByteSink((c) => chunks.push(c));
    format.csv(many, 0, 2500, sink);
    format.csv(many, 2500, 5000, sink);
    sink.flush();
    expect(chunks.length).toBeGreaterThan(1);
    expect(Buffer.concat(chunks).toString().split("\r\n")).toHaveLength(5001);
  });
});
