import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { Db, Tx } from "@/lib/db/types";
import { recordAudit } from "@/lib/audit/record";

export type ErasureStep = { name: string; run: (tx: Tx, subjectId: string) => Promise<unknown> };

const exec = (query: (id: string) => SQL) => (tx: Tx, id: string) => tx.execute(query(id));

/**
 * What erasure does, step by step, all inside one transaction. Personal data goes; what the law makes the shop
 * keep (orders and their items) stays with the identifying columns cleared, city-level region included.
 * The user row stays as a tombstone so kept records and audit events still point at something with no name.
 */
export const erasureSteps: ErasureStep[] = [
  { name: "activity", run: exec((id) => sql`delete from browsing_events where user_id = ${id}`) },
  { name: "searches", run: exec((id) => sql`delete from search_events where user_id = ${id}`) },
  { name: "interests", run: exec((id) => sql`delete from interest_tags where user_id = ${id}`) },
  { name: "devices", run: exec((id) => sql`delete from device_logs where user_id = ${id}`) },
  {
    name: "orders",
    run: exec(
      (id) => sql`update orders set consignee = null, ship_phone = null, ship_address = null where user_id = ${id}`,
    ),
  },
  { name: "reviews", run: exec((id) => sql`delete from reviews where user_id = ${id}`) },
  { name: "conversations", run: exec((id) => sql`delete from service_conversations where user_id = ${id}`) },
  { name: "addresses", run: exec((id) => sql`delete from addresses where user_id = ${id}`) },
  { name: "payments", run: exec((id) => sql`delete from payment_methods where user_id = ${id}`) },
  { name: "invoices", run: exec((id) => sql`delete from invoice_details where user_id = ${id}`) },
  { name: "holdings", run: eraseHoldings },
  { name: "choices", run: eraseChoices },
  { name: "requests", run: exec((id) => sql`delete from privacy_requests where user_id = ${id}`) },
  { name: "notices", run: exec((id) => sql`delete from notifications where user_id = ${id}`) },
  { name: "mail", run: exec((id) => sql`delete from mail_outbox where user_id = ${id}`) },
  { name: "relations", run: eraseRelations },
  { name: "sign-in", run: eraseSignIn },
  { name: "account", run: tombstone },
];

async function eraseHoldings(tx: Tx, id: string) {
  for (const table of ["assets", "payment_accounts", "merchant_stores", "complaints", "linked_logins", "identities"]) {
    await tx.execute(sql`delete from ${sql.identifier(table)} where user_id = ${id}`);
  }
}

async function eraseChoices(tx: Tx, id: string) {
  await tx.execute(sql`delete from consent_events where user_id = ${id}`);
  await tx.execute(sql`delete from consents where user_id = ${id}`);
  await tx.execute(sql`delete from policy_acknowledgments where user_id = ${id}`);
}

async function eraseRelations(tx: Tx, id: string) {
  await tx.execute(sql`delete from guardianships where guardian_id = ${id} or minor_id = ${id}`);
  await tx.execute(sql`delete from support_grants where subject_id = ${id}`);
}

// Every session is ended and stripped of addresses and devices; failed and successful sign-ins go.
async function eraseSignIn(tx: Tx, id: string) {
  await tx.execute(
    sql`update sessions set revoked_at = coalesce(revoked_at, now()), revoked_reason = 'erased',
        ip = null, user_agent = null, device = null, browser = null where user_id = ${id}`,
  );
  await tx.execute(sql`delete from sign_in_attempts where user_id = ${id}`);
  await tx.execute(sql`delete from contact_change_codes where user_id = ${id}`);
}

// The identifiers are freed (someone else may sign up with them) and nothing personal stays on the row.
async function tombstone(tx: Tx, id: string) {
  await tx.execute(
    sql`update users set username = 'erased-' || ${id}, email = null, phone = null, password_hash = null,
        nickname = null, gender = null, birth_date = null, interests = '{}', locale = 'en',
        status = 'erased', erased_at = now(), updated_at = now(), version = version + 1 where id = ${id}`,
  );
}

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
