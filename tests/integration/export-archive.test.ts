import { createHash } from "node:crypto";
import { parse } from "csv-parse/sync";
import { strFromU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { dbHandle, getDb } from "@/lib/db/client";
import { runAction } from "@/lib/access/action";
import { decodeLines } from "@/lib/data-map/copy-text";
import { categories, categoryFor, categoryKeys } from "@/lib/data-map/registry";
import { searchEvents } from "@/lib/db/schema";
import { drizzleReader } from "@/lib/data-map/reader";
import { downloadResponse } from "@/lib/export/download";
import { archiveChunks } from "@/lib/export/archive";
import { createExportLink } from "@/lib/export/operations";
import { rangeOf } from "@/lib/export/schemas";
import { createSession, createUser, requestAs } from "../support/factories";
import { seedPersonalData } from "../support/personal-data";

type Manifest = {
  subject: { id: string };
  selection: { categories: string[]; from: string | null; to: string | null };
  categories: { key: string; rows: number; files: string[] }[];
  files: { path: string; rows: number; bytes: number; sha256: string }[];
};

async function download(selection: Record<string, unknown>) {
  const user = await createUser({ email: "alpha.owner@example.com" });
  await seedPersonalData(user.id, "ALPHAq7x");
  const other = await createUser({ email: "bravo.other@example.com" });
  await seedPersonalData(other.id, "BRAVOz9k");
  const req = requestAs(await createSession(user.id));
  const created = await runAction(createExportLink, selection, req);
  if (!created.ok) throw new Error(JSON.stringify(created.error));
  const url = new URL(created.data.url, "http://localhost");
  const token = url.pathname.split("/").at(-1)!;
  const response = await downloadResponse(token, url.searchParams, req);
  expect(response.status).toBe(200);
  const zip = unzipSync(new Uint8Array(await response.arrayBuffer()));
  const manifest = JSON.parse(strFromU8(zip["manifest.json"]!)) as Manifest;
  return { user, other, zip, manifest, created: created.data, response };
}

/** The archive as the download streams it, read from the database's consistent view. */
async function archiveOf(user: { id: string; username: string }, categories: string[], csvHoldBytes?: number) {
  const snapshot = await dbHandle().snapshot();
  const chunks: Uint8Array[] = [];
  try {
    for await (const chunk of archiveChunks({
      reader: snapshot,
      subjectId: user.id,
      selection: { categories },
      people: {
        subject: { id: user.id, username: user.username },
        actor: { id: user.id, username: user.username },
        via: "self",
        subjectIsChild: false,
      },
      locale: "en",
      generatedAt: new Date(0),
      yesNo: ["Yes", "No"],
      csvHoldBytes,
    })) {
      chunks.push(chunk);
    }
  } finally {
    await snapshot.release();
  }
  return unzipSync(new Uint8Array(Buffer.concat(chunks)));
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

describe("the download archive", () => {
  it("holds every category, with counts and checksums that match the database, and nothing of anyone else", async () => {
    const { user, other, zip, manifest, response, created } = await download({ categories: categoryKeys });
    expect(manifest.subject.id).toBe(user.id);
    expect(manifest.selection.categories).toEqual(categoryKeys);
    const reader = drizzleReader(getDb());
    const all = { from: null, to: null };
    let total = 0;
    for (const c of categories) {
      const dbRows = await c.count(reader, user.id, all);
      total += dbRows;
      const entry = manifest.categories.find((m) => m.key === c.key)!;
      expect(entry.rows, c.key).toBe(dbRows);
      const json = JSON.parse(strFromU8(zip[`data/${c.key}.json`]!)) as unknown[];
      expect(json, c.key).toHaveLength(dbRows);
      if (c.tabular) {
        const csv = parse(strFromU8(zip[`data/${c.key}.csv`]!), { bom: true, columns: true }) as Record<
          string,
          string
        >[];
        expect(csv, c.key).toHaveLength(dbRows);
        if (dbRows > 0) expect(Object.keys(csv[0]!)).toEqual(c.columns.map((col) => col.name));
      } else {
        expect(zip[`data/${c.key}.csv`], c.key).toBeUndefined();
      }
    }
    // The header is the count made when the link was prepared (for progress); since then the link itself and
    // the trail entries for preparing and using it were added.
    expect(response.headers.get("x-export-rows")).toBe(String(created.expectedRows));
    expect(total).toBe(created.expectedRows + 3);
    // Every file but the manifest itself is listed with its exact size, rows and SHA-256.
    const listed = manifest.files.map((f) => f.path).sort();
    expect(listed).toEqual(
      Object.keys(zip)
        .filter((p) => p !== "manifest.json")
        .sort(),
    );
    for (const f of manifest.files) {
      expect(sha256(zip[f.path]!), f.path).toBe(f.sha256);
      expect(zip[f.path]!.length, f.path).toBe(f.bytes);
    }
    const html = strFromU8(zip["index.html"]!);
    for (const c of categories) expect(html, c.key).toContain(c.label.en);
    // The look-alike second shopper appears nowhere: not their values, email or id.
    for (const [path, bytes] of Object.entries(zip)) {
      const text = strFromU8(bytes);
      for (const secret of ["BRAVOz9k", other.id, "bravo.other@example.com"]) {
        expect(text.includes(secret), `${secret} in ${path}`).toBe(false);
      }
    }
    expect(strFromU8(zip["data/account.json"]!)).toContain(user.username);
  });

  it("keeps values exact through JSON and CSV: quotes, commas, new lines, Chinese", async () => {
    const { zip } = await download({ categories: ["addresses", "identity"] });
    const [address] = JSON.parse(strFromU8(zip["data/addresses.json"]!)) as { consignee: string; line1: string }[];
    expect(address).toMatchObject({ consignee: 'Consignee, "ALPHAq7x"', line1: "1 Road ALPHAq7x\nFloor 2" });
    const [row] = parse(strFromU8(zip["data/addresses.csv"]!), { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    expect(row).toMatchObject({
      consignee: 'Consignee, "ALPHAq7x"',
      line1: "1 Road ALPHAq7x\nFloor 2",
      isDefault: "true",
    });
    expect(Object.keys(zip).sort()).toEqual(
      ["data/addresses.csv", "data/addresses.json", "data/identity.json", "index.html", "manifest.json"].sort(),
    );
  });

  it("applies the date range to dated records and keeps undated ones whole", async () => {
    const to = new Date(Date.now() - 365 * 86_400_000).toISOString().slice(0, 10);
    const { user, zip, manifest } = await download({ categories: ["searchHistory", "orders", "account"], to });
    expect(manifest.selection).toMatchObject({ from: null, to });
    const searches = JSON.parse(strFromU8(zip["data/searchHistory.json"]!)) as { query: string }[];
    expect(searches.map((s) => s.query)).toEqual(["kite ALPHAq7x"]);
    const orders = JSON.parse(strFromU8(zip["data/orders.json"]!)) as { number: string }[];
    expect(orders.map((o) => o.number)).toEqual(["SO-ALPHAq7x-1"]);
    expect(JSON.parse(strFromU8(zip["data/account.json"]!))).toHaveLength(1);
    const counted = await categoryFor("searchHistory")!.count(drizzleReader(getDb()), user.id, rangeOf({ to }));
    expect(manifest.categories.find((c) => c.key === "searchHistory")!.rows).toBe(counted);
  });
});

describe("a category larger than the CSV held in memory", () => {
  it("reads the rest of the CSV again and writes the same files", async () => {
    const user = await createUser();
    await seedPersonalData(user.id, "ALPHAq7x", { browsing: 25_000 });
    const build = (csvHoldBytes?: number) => archiveOf(user, ["browsingHistory", "searchHistory"], csvHoldBytes);
    const held = await build();
    const reread = await build(1024);
    const csv = strFromU8(reread["data/browsingHistory.csv"]!);
    expect(csv).toBe(strFromU8(held["data/browsingHistory.csv"]!));
    expect(parse(csv, { bom: true, columns: true })).toHaveLength(25_000);
    expect(strFromU8(reread["manifest.json"]!)).toBe(strFromU8(held["manifest.json"]!));
  });
});

describe("values on their way out of the database", () => {
  // Every character the COPY text format escapes or could confuse, and SQL that must stay text.
  const hostile = [
    "tab\there",
    "line\nbreak\r\nand CR",
    "back\\slash \\N \\\\t",
    "\\N",
    "",
    'quote " and comma ,',
    "controls \u0001\b\f\u000b\u001f\u001e",
    "中文：张爱丽 🍵",
    "E'x' $1 '; select 1; --",
  ];

  it("arrive exactly as stored, page by page and in the archive's JSON and CSV", async () => {
    const user = await createUser();
    await getDb()
      .insert(searchEvents)
      .values(hostile.map((query) => ({ userId: user.id, query })));
    const c = categoryFor("searchHistory")!;
    const queryColumn = c.columns.findIndex((col) => col.name === "query");
    const all = { from: null, to: null };
    const snapshot = await dbHandle().snapshot();
    try {
      for (const reader of [drizzleReader(getDb()), snapshot]) {
        const values: (string | null)[] = [];
        for await (const page of c.export(reader, user.id, all)) {
          for (const line of decodeLines(page.data, Infinity)) values.push(line[queryColumn]!);
        }
        expect(values).toEqual(hostile);
      }
    } finally {
      await snapshot.release();
    }
    const zip = await archiveOf(user, ["searchHistory"]);
    const json = JSON.parse(strFromU8(zip["data/searchHistory.json"]!)) as { query: string }[];
    expect(json.map((r) => r.query)).toEqual(hostile);
    const csv = parse(strFromU8(zip["data/searchHistory.csv"]!), { bom: true, columns: true, relax_quotes: false });
    expect((csv as { query: string }[]).map((r) => r.query)).toEqual(hostile);
  });
});
