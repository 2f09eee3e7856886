import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/types";
import { queryRows } from "@/lib/db/raw";
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

type Row = { id: string; roles: Role[]; status: UserStatus; confirmed_at: string | Date; last_seen_at: string | Date };

// Every signed-in request comes through here: a revoked or expired session row ends the session at once.
export async function loadActor(db: Db, sessionId: string): Promise<Actor | null> {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(sessionId)) return null;
  const [row] = await queryRows<Row>(db, sql`select * from pc_session_actor(${sessionId})`);
  if (!row || row.status === "erased" || row.status === "held") return null;
  if (Date.now() - new Date(row.last_seen_at).getTime() > TOUCH_AFTER_MS) {
    await db
      .update(sessions)
      .set({ lastSeenAt: sql`now()` })
      .where(eq(sessions.id, sessionId));
  }
  return { id: row.id, sessionId, roles: row.roles, status: row.status, confirmedAt: new Date(row.confirmed_at) };
}
