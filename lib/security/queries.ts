import "server-only";
import { and, desc, eq, gt, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/types";
import { sessions, signInAttempts } from "@/lib/db/schema";
import { describeUserAgent } from "@/lib/auth/user-agent";
import { hotQuery } from "@/lib/db/raw";
import { toLoginsView, type LoginRow } from "@/lib/logins/queries";

export type SessionView = {
  id: string;
  device: string | null;
  browser: string | null;
  ip: string | null;
  createdAt: string;
  lastSeenAt: string;
  current: boolean;
};

function toView(
  r: Omit<SessionView, "current" | "createdAt" | "lastSeenAt"> & {
    createdAt: Date | string;
    lastSeenAt: Date | string;
  },
  currentSessionId: string,
): SessionView {
  return {
    ...r,
    createdAt: new Date(r.createdAt).toISOString(),
    lastSeenAt: new Date(r.lastSeenAt).toISOString(),
    current: r.id === currentSessionId,
  };
}

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
    .limit(MAX_SESSIONS);
  return rows.map((r) => toView(r, currentSessionId));
}

export const HISTORY_DAYS = 90;
const MAX_SESSIONS = 100;
const MAX_HISTORY = 200;

type HistoryRow = {
  id: string;
  at: Date | string;
  success: boolean;
  reason: string;
  ip: string | null;
  userAgent: string | null;
};

function toHistory({ userAgent, ...r }: HistoryRow) {
  return { ...r, at: new Date(r.at).toISOString(), ...describeUserAgent(userAgent) };
}

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
    .limit(MAX_HISTORY);
  return rows.map(toHistory);
}

/**
 * The shopper's own security page in one round trip: the same lists as listSessions, signInHistory and
 * listLogins, gathered by the database as JSON (the page is visited often and holds no other query).
 */
export async function loadSecurityPage(subjectId: string, currentSessionId: string) {
  const [row] = await hotQuery<{
    sessions: SessionView[];
    history: HistoryRow[];
    logins: LoginRow[];
    hasPassword: boolean;
    username: string;
    nickname: string | null;
  }>(
    `select
       coalesce((select json_agg(s order by s."lastSeenAt" desc) from (
         select id, device, browser, ip, created_at as "createdAt", last_seen_at as "lastSeenAt" from sessions
         where user_id = $1 and revoked_at is null and expires_at > now()
         order by last_seen_at desc limit ${MAX_SESSIONS}) s), '[]') as sessions,
       coalesce((select json_agg(h order by h.at desc) from (
         select id, created_at as at, success, reason, ip, user_agent as "userAgent" from sign_in_attempts
         where user_id = $1 and created_at > now() - make_interval(days => ${HISTORY_DAYS})
         order by created_at desc limit ${MAX_HISTORY}) h), '[]') as history,
       coalesce((select json_agg(l order by l."linkedAt", l.id) from (
         select id, provider, display_name as "displayName", external_id as "externalId", linked_at as "linkedAt"
         from linked_logins where user_id = $1) l), '[]') as logins,
       u.password_hash is not null as "hasPassword", u.username, u.nickname
     from users u where u.id = $1`,
    [subjectId],
  );
  return {
    sessions: row!.sessions.map((r) => toView(r, currentSessionId)),
    history: row!.history.map(toHistory),
    logins: toLoginsView(row!.logins, row!.hasPassword),
    // What a password must not be built from, for the strength meter.
    names: [row!.username, row!.nickname].filter((v): v is string => Boolean(v)),
  };
}
