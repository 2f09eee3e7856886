import { and, eq } from "drizzle-orm";
import type { Tx } from "@/lib/db/types";
import { consentEvents, consents, users } from "@/lib/db/schema";
import { recordDefaults } from "@/lib/consent/defaults";

const DAY = 86_400_000;

// Every demo account's choices start as records of their defaults, from the day the account was opened;
// choices seeded as already made get the record of the change that made them.
export async function seedConsentRecords(tx: Tx) {
  const all = await tx.select({ id: users.id, birthDate: users.birthDate, createdAt: users.createdAt }).from(users);
  for (const u of all) await recordDefaults(tx, u.id, u.birthDate, u.createdAt);
  const made = await tx.select().from(consents).where(eq(consents.source, "self"));
  for (const c of made) {
    const at = new Date(Date.now() - 30 * DAY);
    await tx.insert(consentEvents).values({
      userId: c.userId,
      purpose: c.purpose,
      granted: c.granted,
      source: "self",
      actorId: c.userId,
      policyVersion: c.policyVersion,
      at,
      seq: at.getTime(),
    });
    await tx
      .update(consents)
      .set({ updatedAt: at, seq: at.getTime() })
      .where(and(eq(consents.userId, c.userId), eq(consents.purpose, c.purpose)));
  }
}
