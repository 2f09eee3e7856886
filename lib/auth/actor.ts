import "server-only";
import { and, eq, lt, sql } from "drizzle-orm";
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
  own?: unknown;
};

/**
 * A page's own read, fetched with the session check in one round trip: an SQL expression over the actor's user
 * row `u`, whose parameters are numbered from $2. Pages pass a module constant, so each is one prepared statement.
 */
export type OwnRead = { select: string; params: readonly unknown[] };

/**
 * Marks the session seen. Requests of one session that arrive together all find it stale; the condition lets the
 * first write and the rest find nothing to do once it commits, instead of each rewriting the row in turn behind
 * its lock. A lost seen-at costs nothing, so its commit does not wait for the disk, and the lock is held for
 * microseconds rather than a disk flush.
 */
async function touch(db: Db, sessionId: string) {
  await db.transaction(async (tx) => {
    await tx.execute(sql`set local synchronous_commit = off`);
    await tx
      .update(sessions)
      .set({ lastSeenAt: sql`now()` })
      .where(
        and(
          eq(sessions.id, sessionId),
          lt(sessions.lastSeenAt, sql`now() - make_interval(secs => ${TOUCH_AFTER_MS / 1000})`),
        ),
      );
  });
}

// Plain statements, prepared once per connection (lib/db/raw.ts). The set-returning function this used to call
// cost PGlite as much again as the lookup itself: it gathers its rows into a result store first.
const ACTOR = `select u.id, u.roles, u.status, s.confirmed_at, s.last_seen_at
  from sessions s join users u on u.id = s.user_id
  where s.id = $1 and s.revoked_at is null and s.expires_at > now()`;
const withOwn = new Map<OwnRead, string>();
function actorWith(own: OwnRead): string {
  let text = withOwn.get(own);
  if (!text) withOwn.set(own, (text = ACTOR.replace("s.last_seen_at", `s.last_seen_at, ${own.select} as own`)));
  return text;
}

/**
 * Every signed-in request comes through here: a revoked or expired session row ends the session at once.
 * `own` fetches a page's own read of the actor's data in the same round trip; it is only used after the policy
 * allowed the actor to see it as themselves (see pageAccess).
 */
export async function loadActor(db: Db, sessionId: string, own?: OwnRead): Promise<(Actor & { own?: unknown }) | null> {
  if (!isUuid(sessionId)) return null;
  const [row] = await hotQuery<Row>(own ? actorWith(own) : ACTOR, own ? [sessionId, ...own.params] : [sessionId]);
  if (!row || row.status === "erased" || row.status === "held") return null;
  if (Date.now() - new Date(row.last_seen_at).getTime() > TOUCH_AFTER_MS) await touch(db, sessionId);
  const actor = {
    id: row.id,
    sessionId,
    roles: row.roles,
    status: row.status,
    confirmedAt: new Date(row.confirmed_at),
  };
  return own ? { ...actor, own: row.own } : actor;
}
