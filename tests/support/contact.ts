import { count, eq, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { runAction } from "@/lib/access/action";
import { requestContactChange } from "@/lib/contact/operations";
import { auditEvents, contactChangeCodes, mailOutbox, users } from "@/lib/db/schema";
import { createSession, createUser, requestAs } from "./factories";

// Helpers for the sign-in contact tests.
export const db = () => getDb();
export const rows = async (table: typeof contactChangeCodes | typeof mailOutbox | typeof auditEvents) =>
  (await db().select({ n: count() }).from(table))[0]!.n;
export const userRow = async (id: string) => (await db().select().from(users).where(eq(users.id, id)))[0]!;
export const challengeRow = async (id: string) =>
  (await db().select().from(contactChangeCodes).where(eq(contactChangeCodes.id, id)))[0]!;

export async function shopper(opts: { email?: string; phone?: string; locale?: string } = {}) {
  const user = await createUser({ email: opts.email, phone: opts.phone });
  if (opts.locale) await db().update(users).set({ locale: opts.locale }).where(eq(users.id, user.id));
  const sid = await createSession(user.id);
  return { user, sid, as: requestAs(sid) };
}

export async function requestEmail(as: ReturnType<typeof requestAs>, value: string) {
  const result = await runAction(requestContactChange, { channel: "email", value }, as);
  if (!result.ok) throw new Error(`request refused: ${result.error.message}`);
  return result.data;
}

// Moves every send of a challenge into the past, as if that much time had gone by.
export async function age(challengeId: string, seconds = 61) {
  await db()
    .update(contactChangeCodes)
    .set({ sentAt: sql`array(select s - make_interval(secs => ${seconds}) from unnest(sent_at) s)` })
    .where(eq(contactChangeCodes.id, challengeId));
}
