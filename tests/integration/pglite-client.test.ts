import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PGliteClient } from "@/lib/db/pglite-client";

// The embedded database on its own thread (lib/db/pglite-client.ts): what crosses between the threads, and
// transactions that behave as they do in-process. A database of its own, on either test run.
describe("the embedded database's thread", () => {
  let db: PGliteClient;
  beforeAll(async () => {
    db = PGliteClient.onThread("memory://");
    await db.query("create table items (id int primary key, name text not null, meta jsonb, data bytea)");
  });
  afterAll(() => db.close());

  it("carries values of every kind both ways", async () => {
    const at = new Date("2026-03-01T10:20:30.456Z");
    const meta = { tags: ["a", "中文"], nested: { n: 1 } };
    const data = new Uint8Array([0, 1, 254, 255]);
    await db.query("insert into items values ($1, $2, $3, $4)", [1, 'quote " and \\ slash', meta, data]);
    const { rows } = await db.query(
      "select id, name, meta, data, $1::timestamptz as at, 9007199254740993::int8 as big, null::text as nothing from items",
      [at],
    );
    expect(rows).toEqual([
      { id: 1, name: 'quote " and \\ slash', meta, data, at, big: 9007199254740993n, nothing: null },
    ]);
    // The ORM's own reads keep dates as PostgreSQL's text, as Drizzle's PGlite driver asks.
    const asText = await db.query("select $1::timestamptz as at", [at], { rowMode: "array", parsers: {} });
    expect(asText.rows).toEqual([["2026-03-01 10:20:30.456+00"]]);
  });

  it("hands PostgreSQL's error fields to the caller and stays usable", async () => {
    await db.query("insert into items (id, name) values (2, 'two')");
    const error = await db.query("insert into items (id, name) values (2, 'again')").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ code: "23505", constraint: "items_pkey", table: "items" });
    expect((await db.query("select count(*)::int as n from items where id = 2")).rows).toEqual([{ n: 1 }]);
  });

  it("rolls a failed transaction back whole, and others wait for it to end", async () => {
    let inside!: () => void;
    const started = new Promise<void>((r) => (inside = r));
    const tx = db.transaction(async (t) => {
      await t.query("insert into items (id, name) values (3, 'three')");
      inside();
      await new Promise((r) => setTimeout(r, 100));
      await t.query("insert into items (id, name) values (3, 'duplicate')");
    });
    await started;
    const during = db.query("select count(*)::int as n from items where id = 3");
    await expect(tx).rejects.toMatchObject({ code: "23505" });
    expect((await during).rows).toEqual([{ n: 0 }]);

    const committed = await db.transaction(async (t) => {
      await t.query("insert into items (id, name) values (4, 'four')");
      return "done";
    });
    expect(committed).toBe("done");
    expect((await db.query("select name from items where id = 4")).rows).toEqual([{ name: "four" }]);
  });

  it("refuses calls clearly once closed", async () => {
    const other = PGliteClient.onThread("memory://");
    expect(await other.hot("select 1 as one", [])).toEqual([{ one: 1 }]);
    await other.close();
    await expect(other.query("select 1")).rejects.toThrow(/embedded database stopped/);
  });
});
