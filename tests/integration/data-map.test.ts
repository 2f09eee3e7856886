import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { drizzleReader } from "@/lib/data-map/reader";
import { categories, countAll, eraseAll } from "@/lib/data-map/registry";
import { orders, users } from "@/lib/db/schema";
import { locales } from "@/lib/i18n/config";
import { createUser } from "../support/factories";
import { seedPersonalData } from "../support/personal-data";

// Columns that name a person, whatever the table calls them.
const personColumns = ["user_id", "subject_id", "actor_id", "agent_id", "guardian_id", "minor_id", "filed_by_id"];

async function tablesHoldingUserIds(): Promise<string[]> {
  const result = (await getDb().execute(sql`
    select distinct tc.table_name as name
    from information_schema.table_constraints tc
    join information_schema.constraint_column_usage ccu
      on ccu.constraint_name = tc.constraint_name and ccu.table_schema = tc.table_schema
    where tc.constraint_type = 'FOREIGN KEY' and tc.table_schema = 'public' and ccu.table_name = 'users'
    union
    select table_name from information_schema.columns
    where table_schema = 'public' and column_name in (${sql.join(
      personColumns.map((c) => sql`${c}`),
      sql`, `,
    )})
    union select 'users'`)) as unknown as { rows: { name: string }[] };
  return result.rows.map((r) => r.name).sort();
}

describe("the data map", () => {
  it("covers every table that holds a user id with some category", async () => {
    const covered = new Set(categories.flatMap((c) => c.tables));
    const uncovered = (await tablesHoldingUserIds()).filter((t) => !covered.has(t));
    expect(uncovered, "tables holding user ids that no category exports or erases").toEqual([]);
  });

  it("names only tables that exist", async () => {
    const result = (await getDb().execute(
      sql`select table_name as name from information_schema.tables where table_schema = 'public'`,
    )) as unknown as { rows: { name: string }[] };
    const existing = new Set(result.rows.map((r) => r.name));
    expect(categories.flatMap((c) => c.tables).filter((t) => !existing.has(t))).toEqual([]);
  });

  it("describes each category once, in both languages, down to its column headings", () => {
    expect(new Set(categories.map((c) => c.key)).size).toBe(categories.length);
    for (const c of categories) {
      for (const locale of locales) {
        for (const text of [c.label, c.purpose, c.retention, ...c.columns.map((col) => col.label)]) {
          expect(text[locale].trim(), `${c.key} ${locale}`).not.toBe("");
        }
      }
      expect(c.columns.length, c.key).toBeGreaterThan(0);
    }
  });

  it("counts a subject's rows per category, and none of anyone else's", async () => {
    const a = await createUser();
    const b = await createUser();
    await seedPersonalData(a.id, "ALPHAq7x", { browsing: 12 });
    await seedPersonalData(b.id, "BRAVOz9k", { browsing: 40 });
    const counts = await countAll(drizzleReader(getDb()), a.id);
    expect(counts).toMatchObject({ account: 1, browsingHistory: 12, searchHistory: 2, orders: 2, requests: 1 });
  });

  it("erases a subject: deleted where it may be, orders kept without the delivery details, others untouched", async () => {
    const a = await createUser();
    const b = await createUser();
    await seedPersonalData(a.id, "ALPHAq7x");
    await seedPersonalData(b.id, "BRAVOz9k");
    const reader = drizzleReader(getDb());
    const before = await countAll(reader, b.id);
    const results = await getDb().transaction((tx) => eraseAll(tx, a.id));
    const after = await countAll(reader, a.id);
    for (const c of categories) {
      if (c.afterErasure === "deleted") expect(after[c.key], c.key).toBe(0);
      if (c.afterErasure !== "deleted") expect(results[c.key]!.reason, c.key).toBeDefined();
    }
    expect(results.orders).toMatchObject({ removed: 0, retained: 2 });
    const kept = await getDb().select().from(orders).where(eq(orders.userId, a.id));
    expect(kept.every((o) => o.consignee === null && o.shipAddress === null && o.shipPhone === null)).toBe(true);
    const [tombstone] = await getDb().select().from(users).where(eq(users.id, a.id));
    expect(tombstone).toMatchObject({ status: "erased", email: null, phone: null, nickname: null, birthDate: null });
    expect(tombstone!.username).toBe(`erased-${a.id}`);
    expect(await countAll(reader, b.id)).toEqual(before);
  });
});
