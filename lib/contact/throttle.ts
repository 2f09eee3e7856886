import "server-only";
import { sql } from "drizzle-orm";
import type { Tx } from "@/lib/db/types";
import { AppError } from "@/lib/access/errors";

export const RESEND_AFTER_SECONDS = 60;
export const SENDS_PER_HOUR = 5;

type Row = { n: number; wait_seconds: number | null; hour_wait_seconds: number | null };

/**
 * Codes go to addresses the person typed, so sending is limited per account (not per challenge, or a new
 * request would reset it): one code a minute, five an hour. Counted from the rows, so it holds across
 * instances; the caller holds the user's row lock, so two requests cannot both pass.
 */
export async function assertCanSendCode(tx: Tx, userId: string, field: string): Promise<void> {
  const result = (await tx.execute(sql`
    select count(*)::int as n,
           ceil(extract(epoch from (max(s) + make_interval(secs => ${RESEND_AFTER_SECONDS}) - now())))::int
             as wait_seconds,
           ceil(extract(epoch from (min(s) + interval '1 hour' - now())))::int as hour_wait_seconds
    from contact_change_codes c cross join lateral unnest(c.sent_at) as s
    where c.user_id = ${userId} and s > now() - interval '1 hour'`)) as unknown as { rows: Row[] };
  const row = result.rows[0];
  if (!row || row.n === 0) return;
  if (row.n >= SENDS_PER_HOUR) {
    const seconds = Math.max(1, row.hour_wait_seconds ?? 3600);
    throw new AppError(
      "rate_limited",
      "contact.errors.hourlyLimit",
      { minutes: Math.ceil(seconds / 60) },
      { [field]: ["contact.errors.hourlyLimit"] },
      { retryAfterSeconds: seconds },
    );
  }
  if (row.wait_seconds !== null && row.wait_seconds > 0) {
    throw new AppError(
      "rate_limited",
      "contact.errors.resendWait",
      { seconds: row.wait_seconds },
      { [field]: ["contact.errors.resendWait"] },
      { retryAfterSeconds: row.wait_seconds },
    );
  }
}
