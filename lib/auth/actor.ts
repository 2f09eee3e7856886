import "server-only";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/types";
import { sessions, users, type Role, type UserStatus } from "@/lib/db/schema";

export type Actor = {
  id: string;
  sessionId: string;
  roles: Role[];
  status: UserStatus;
  confirmedAt: Date;
};

// Seen-at is refreshed at most once a minute so reads do not become writes on every request.
const TOUCH_AFTER_MS = 60_000;

// Every signed-in request comes through here: a revoked or expired session row ends the session at once.
export async function loadActor(db: Db, sessionId: string): Promise<Actor | null> {
  if (!/^[0-9a-f-]{36}$/i.test(sessionId)) return null;
  const [row] = await db
    .select({
      id: users.id,
      roles: users.roles,
      status: users.status,
      confirmedAt: sessions.confirmedAt,
      lastSeenAt: sessions.lastSeenAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.id, sessionId), isNull(sessions.revokedAt), gt(sessions.expiresAt, sql`now()`)))
    .limit(1);
  if (!row || row.status === "erased" || row.status === "held") return null;
  if (Date.now() - row.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await db
      .update(sessions)
      .set({ lastSeenAt: sql`now()` })
      .where(eq(sessions.id, sessionId));
  }
  return { id: row.id, sessionId, roles: row.roles, status: row.status, confirmedAt: row.confirmedAt };
}
