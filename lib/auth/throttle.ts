import "server-only";
import { and, count, eq, gt, sql } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/types";
import { signInAttempts } from "@/lib/db/schema";
import { env } from "@/lib/env";

/**
 * Counted from rows in the database, so the limit holds across any number of app instances. Sign-in counts by
 * what was typed (so an unknown account is limited the same way and nothing tells whether it exists); the step-up
 * confirmation inside a session also counts every failure of its user, so a stolen session cannot guess on.
 */
export async function throttleState(
  db: DbOrTx,
  who: { identifierHash: string } | { userId: string },
  ip: string | null,
): Promise<{ throttled: false } | { throttled: true; retryAfterMinutes: number }> {
  const since = sql`now() - make_interval(mins => ${env.SIGN_IN_WINDOW_MINUTES})`;
  const failed = and(
    eq(signInAttempts.success, false),
    eq(signInAttempts.reason, "invalid"),
    gt(signInAttempts.createdAt, since),
  );
  const [byAccount] = await db
    .select({ n: count(), oldest: sql<string>`min(${signInAttempts.createdAt})` })
    .from(signInAttempts)
    .where(
      and(
        failed,
        "userId" in who ? eq(signInAttempts.userId, who.userId) : eq(signInAttempts.identifierHash, who.identifierHash),
      ),
    );
  let oldest = byAccount && byAccount.n >= env.SIGN_IN_MAX_FAILURES_PER_ACCOUNT ? byAccount.oldest : null;
  if (!oldest && ip) {
    const [byIp] = await db
      .select({ n: count(), oldest: sql<string>`min(${signInAttempts.createdAt})` })
      .from(signInAttempts)
      .where(and(failed, eq(signInAttempts.ip, ip)));
    if (byIp && byIp.n >= env.SIGN_IN_MAX_FAILURES_PER_IP) oldest = byIp.oldest;
  }
  if (!oldest) return { throttled: false };
  const freeAt = new Date(oldest).getTime() + env.SIGN_IN_WINDOW_MINUTES * 60_000;
  return { throttled: true, retryAfterMinutes: Math.max(1, Math.ceil((freeAt - Date.now()) / 60_000)) };
}
