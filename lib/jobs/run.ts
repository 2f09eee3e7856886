import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/types";
import { env } from "@/lib/env";
import { eraseAllDue } from "@/lib/cancellation/erase";
import { appNow } from "./clock";

export type JobsReport = { erased: number; failed: number; purgedOrders: number };

/**
 * One pass of scheduled work. Each job claims what it works on in the database, so any number of instances
 * may run passes at the same time without doing anything twice.
 */
export async function runDueJobs(db: Db): Promise<JobsReport> {
  const now = await appNow(db);
  const { erased, failed } = await eraseAllDue(db, now);
  const purgedOrders = await purgeExpiredRecords(db, now);
  return { erased, failed, purgedOrders };
}

// Records kept de-identified after an erasure go once their legal period is over (items follow by cascade).
export async function purgeExpiredRecords(db: Db, now: Date): Promise<number> {
  const result = (await db.execute(
    sql`delete from orders o using users u
        where o.user_id = u.id and u.status = 'erased'
          and u.erased_at < ${now.toISOString()}::timestamptz - make_interval(years => ${env.ORDER_RETENTION_YEARS})`,
  )) as unknown as { rowCount?: number | null; affectedRows?: number };
  return result.rowCount ?? result.affectedRows ?? 0;
}
