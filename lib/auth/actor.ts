import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/types";
import { hotQuery } from "@/lib/db/raw";
import { isUuid } from "@/lib/access/input";
import { sessions, type Role, type UserStatus } from "@/lib/db/schema";

export type Actor = {
  id: string;
  sessionId: string;
  roles: Role[];
  status: UserStatus;
  confirmedAt: Date;
};

// Seen-at is refreshed at most once a minute so reads do not become writes on every request.
const TOUCH_AFTER_MS = 60_000;

type Row = {
  id: string;
  roles: Role[];
  status: UserStatus;
  confirmed_at: string | Date;
  last_seen_at: string | Date;
  own_overview?: unknown;
};

/**
 * Every signed-in request comes through here: a revoked or expired session row ends the session at once.
 * `withOwnOverview` fetches the actor's own overview in the same round trip, for the page most people land on;
 * it is only used after the policy allowed the actor to see it (see pageAccess).
 */
export async function loadActor(
  db: Db,
  sessionId: string,
  withOwnOverview = false,
): Promise<(Actor & { ownOverview?: unknown }) | null> {
  if (!isUuid(sessionId)) return null;
  const [row] = await hotQuery<Row>(
    withOwnOverview
      ? "select a.*, pc_account_overview(a.id) as own_overview from pc_session_actor($1) a"
      : "select * from pc_session_actor($1)",
    [sessionId],
  );
  if (!row || row.status === "erased" || row.status === "held") return null;
  if (Date.now() - new Date(row.last_seen_at).getTime() > TOUCH_AFTER_MS) {
    await db
      .update(sessions)
      .set({ lastSeenAt: sql`now()` })
      .where(eq(sessions.id, sessionId));
  }
  const actor = {
    id: row.id,
    sessionId,
    roles: row.roles,
    status: row.status,
    confirmedAt: new Date(row.confirmed_at),
  };
  return withOwnOverview ? { ...actor, ownOverview: row.own_overview } : actor;
}
