import "server-only";
import { sql } from "drizzle-orm";
import type { Db, Tx } from "@/lib/db/types";
import { recordAudit } from "@/lib/audit/record";
import { categories } from "@/lib/data-map/registry";

export type ErasureStep = { name: string; run: (tx: Tx, subjectId: string) => Promise<unknown> };

/**
 * What erasure does, category by category from the data map, all inside one transaction. Personal data goes;
 * what the law makes the shop keep (orders) stays with the identifying columns cleared, and the user row stays
 * as a tombstone so kept records and audit events still point at something with no name.
 */
export const erasureSteps: ErasureStep[] = categories.map((c) => ({ name: c.key, run: c.erase }));

export type EraseOptions = {
  // Fault injection for tests: throw right after the named step, inside the transaction.
  failAfter?: string;
  // Crash testing: wait here after the named step (the test kills the process meanwhile).
  pauseAfter?: { step: string; onPause: () => Promise<void> };
};

/**
 * Erases one account whose cooling-off has ended, if any is due. The cancellation row is the claim: it is locked
 * with SKIP LOCKED for the whole transaction, so a second runner takes another account or none, and a crash
 * anywhere rolls everything back to "pending" for the next run. Returns the subject erased, or null.
 */
export async function eraseNextDue(
  db: Db,
  now: Date,
  options: EraseOptions = {},
  claim: { id?: string } = {},
): Promise<string | null> {
  return db.transaction(async (tx) => {
    // Accounts that failed before go last, so one stubborn failure does not hold up the others.
    const claimed = (await tx.execute(
      sql`select id, user_id from cancellations where status = 'pending' and erase_after <= ${now.toISOString()}
          order by attempts, erase_after limit 1 for update skip locked`,
    )) as unknown as { rows: { id: string; user_id: string }[] };
    const job = claimed.rows[0];
    if (!job) return null;
    claim.id = job.id;
    for (const step of erasureSteps) {
      await step.run(tx, job.user_id);
      if (options.failAfter === step.name) throw new Error(`injected failure after ${step.name}`);
      if (options.pauseAfter?.step === step.name) await options.pauseAfter.onPause();
    }
    await tx.execute(sql`update cancellations set status = 'erased', erased_at = now() where id = ${job.id}`);
    // Last, because the audit chain is one lock for everyone: it is held only for the commit.
    await recordAudit(tx, {
      operation: "cancellation.erase",
      via: "system",
      subjectId: job.user_id,
      targetType: "cancellation",
      targetId: job.id,
    });
    return job.user_id;
  });
}

/** Erases every account that is due, one transaction each; a failure is left for the next run. */
export async function eraseAllDue(db: Db, now: Date): Promise<{ erased: number; failed: number }> {
  let erased = 0;
  let failed = 0;
  for (;;) {
    const claim: { id?: string } = {};
    try {
      const id = await eraseNextDue(db, now, {}, claim);
      if (!id) break;
      erased++;
    } catch (e) {
      failed++;
      const message = (e instanceof Error ? e.message : String(e)).slice(0, 500);
      console.error("erasure failed; it will be retried", message);
      // Counted outside the rolled-back transaction, so operators see it and the account goes to the back.
      if (claim.id) {
        await db.execute(
          sql`update cancellations set attempts = attempts + 1, last_error = ${message} where id = ${claim.id}`,
        );
      }
      if (failed >= 3) break;
    }
  }
  return { erased, failed };
}
