import { sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import {
  addresses,
  assets,
  browsingEvents,
  deviceLogs,
  identities,
  invoiceDetails,
  linkedLogins,
  orders,
  paymentMethods,
  reviews,
  searchEvents,
  serviceConversations,
  signInAttempts,
  users,
} from "@/lib/db/schema";
import { createSession, createUser } from "./factories";

// Values no other row would hold by chance, so a search for them after erasure means something.
export function distinctive(tag: string) {
  return {
    name: `Quorra Zed ${tag}`,
    email: `quorra.${tag}@erase.example`,
    phone: `139${String(Math.abs(hash(tag)) % 100_000_000).padStart(8, "0")}`,
    street: `88 Nowhere Lane ${tag}`,
  };
}

function hash(s: string) {
  let h = 0;
  for (const c of s) h = (h * 31 + c.charCodeAt(0)) | 0;
  return h;
}

/** A shopper with personal data in every kind of table, and a session; settled so cancellation may start. */
export async function shopperWithHistory(tag: string, rows = 20) {
  const v = distinctive(tag);
  const user = await createUser({ email: v.email, phone: v.phone });
  const db = getDb();
  await db
    .update(users)
    .set({ nickname: v.name })
    .where(sql`id = ${user.id}`);
  const sessionId = await createSession(user.id);
  await db.insert(assets).values({ userId: user.id });
  await db.insert(addresses).values({
    userId: user.id,
    consignee: v.name,
    phone: v.phone,
    region: "Zhejiang",
    city: "Hangzhou",
    line1: v.street,
    postcode: "310000",
  });
  await db.insert(orders).values(
    Array.from({ length: 3 }, (_, i) => ({
      userId: user.id,
      number: `SO-${tag}-${i}`,
      status: "completed" as const,
      totalCents: 1000 + i,
      consignee: v.name,
      shipPhone: v.phone,
      shipAddress: v.street,
      shipCity: "Hangzhou",
    })),
  );
  await db.insert(paymentMethods).values({ userId: user.id, brand: "visa", last4: "4242", expMonth: 1, expYear: 2030 });
  await db.insert(invoiceDetails).values({ userId: user.id, title: v.name });
  await db.insert(reviews).values({ userId: user.id, rating: 5, body: `Great, says ${v.name}` });
  await db.insert(serviceConversations).values({
    userId: user.id,
    topic: "Delivery",
    messages: [{ from: "shopper", text: `Please call ${v.phone}`, at: new Date().toISOString() }],
  });
  await db.insert(browsingEvents).values(Array.from({ length: rows }, () => ({ userId: user.id })));
  await db
    .insert(searchEvents)
    .values(Array.from({ length: rows }, (_, i) => ({ userId: user.id, query: `${v.name} ${i}` })));
  await db.insert(deviceLogs).values({ userId: user.id, ip: "198.51.100.23", deviceModel: "Pixel", os: "Android" });
  await db
    .insert(signInAttempts)
    .values({ userId: user.id, identifierHash: "x", ip: "198.51.100.23", success: true, reason: "ok" });
  return { user, sessionId, values: v };
}

/** Adds the blockers a settled shopper would have to clear: a linked login and a real-name verification. */
export async function addBlockers(userId: string) {
  await getDb().insert(linkedLogins).values({ userId, provider: "wechat", externalId: "wx-blocker" });
  await getDb().insert(identities).values({ userId, legalName: "Blocker", idNumber: "110101199001011234" });
}

/** Every text and JSON column of every table, searched for any of the given values. */
export async function findPersonalValues(values: string[]) {
  const db = getDb();
  const columns = (await db.execute(
    sql`select table_name, column_name from information_schema.columns
        where table_schema = 'public' and data_type in ('text', 'jsonb', 'json', 'ARRAY', 'character varying')`,
  )) as unknown as { rows: { table_name: string; column_name: string }[] };
  const found: string[] = [];
  for (const { table_name, column_name } of columns.rows) {
    for (const value of values) {
      const hit = (await db.execute(
        sql`select 1 from ${sql.identifier(table_name)} where ${sql.identifier(column_name)}::text ilike ${"%" + value + "%"} limit 1`,
      )) as unknown as { rows: unknown[] };
      if (hit.rows.length) found.push(`${table_name}.${column_name} holds ${value}`);
    }
  }
  return found;
}
