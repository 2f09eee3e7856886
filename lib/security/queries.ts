import "server-only";
import { and, desc, eq, gt, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/types";
import { sessions, signInAttempts } from "@/lib/db/schema";
import { describeUserAgent } from "@/lib/auth/user-agent";

export type SessionView = {
  id: string;
  device: string | null;
  browser: string | null;
  ip: string | null;
  createdAt: string;
  lastSeenAt: string;
  current: boolean;
};

export async function listSessions(db: DbOrTx, subjectId: string, currentSessionId: string): Promise<SessionView[]> {
  const rows = await db
    .select({
      id: sessions.id,
      device: sessions.device,
      browser: sessions.browser,
      ip: sessions.ip,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
    })
    .from(sessions)
    .where(and(eq(sessions.userId, subjectId), isNull(sessions.revokedAt), gt(sessions.expiresAt, sql`now()`)))
    .orderBy(desc(sessions.lastSeenAt))
    .limit(100);
  return rows.map((r) => ({
    ...r,
    createdAt: r.createdAt.toISOString(),
    lastSeenAt: r.lastSeenAt.toISOString(),
    current: r.id === currentSessionId,
  }));
}

export const HISTORY_DAYS = 90;

// Successful and failed sign-ins of the last 90 days, newest first.
export async function signInHistory(db: DbOrTx, subjectId: string) {
  const rows = await db
    .select({
      id: signInAttempts.id,
      at: signInAttempts.createdAt,
      success: signInAttempts.success,
      reason: signInAttempts.reason,
      ip: signInAttempts.ip,
      userAgent: signInAttempts.userAgent,
    })
    .from(signInAttempts)
    .where(
      and(
        eq(signInAttempts.userId, subjectId),
        gt(signInAttempts.createdAt, sql`now() - make_interval(days => ${HISTORY_DAYS})`),
      ),
    )
    .orderBy(desc(signInAttempts.createdAt))
    .limit(200);
  return rows.map(({ userAgent, ...r }) => ({ ...r, at: r.at.toISOString(), ...describeUserAgent(userAgent) }));
}
