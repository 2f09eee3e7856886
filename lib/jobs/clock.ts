import "server-only";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/types";
import { appClock } from "@/lib/db/schema";
import { env } from "@/lib/env";

// Both drivers answer `execute` with an object holding `rows`.
const rows = (result: unknown) => (result as { rows: { now: string | Date }[] }).rows;

/**
 * The time scheduled work goes by. It is the database's clock, plus an offset that only a deployment with
 * TEST_CLOCK=true lets anyone set: tests and demos make fifteen days pass in a second, production cannot.
 */
export async function appNow(db: DbOrTx): Promise<Date> {
  if (!env.TEST_CLOCK) {
    const [row] = rows(await db.execute(sql`select now() as now`));
    return new Date(row!.now);
  }
  const [row] = rows(
    await db.execute(
      sql`select now() + make_interval(secs => coalesce((select ${appClock.offsetSeconds} from ${appClock} where ${appClock.id} = 1), 0)) as now`,
    ),
  );
  return new Date(row!.now);
}

/** Moves the test clock forward; refused unless the deployment enabled it. */
export async function advanceClock(db: DbOrTx, seconds: number): Promise<void> {
  if (!env.TEST_CLOCK) throw new Error("the test clock is disabled (TEST_CLOCK is not true)");
  await db
    .insert(appClock)
    .values({ id: 1, offsetSeconds: seconds })
    .onConflictDoUpdate({ target: appClock.id, set: { offsetSeconds: sql`${appClock.offsetSeconds} + ${seconds}` } });
}
