import "server-only";
import { and, desc, eq, gt, isNull, sql } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/types";
import { sessions, signInAttempts } from "@/lib/db/schema";
import { describeUserAgent } from "@/lib/auth/user-agent";
import { hotQuery } from "@/lib/db/raw";
import type { OwnRead } from "@/lib/auth/actor";
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

export type SecurityRow = {
  sessions: SessionView[];
  history: HistoryRow[];
  logins: LoginRow[];
  hasPassword: boolean;
  username: string;
  nickname: string | null;
};

// pc_security_page (see the migrations) gathers the lists below as JSON: the page is visited often and holds no
// other query.
const SECURITY_PAGE = "pc_security_page($1, $2, $3, $4)";
const limits = [HISTORY_DAYS, MAX_SESSIONS, MAX_HISTORY] as const;

/** The security page of the signed-in person, read with their session check (see pageAccess). */
export const OWN_SECURITY_PAGE: OwnRead = { select: "pc_security_page(u.id, $2, $3, $4)", params: limits };

/**
 * The shopper's own security page in one round trip: the same lists as listSessions, signInHistory and
 * listLogins.
 */
export async function loadSecurityPage(subjectId: string, currentSessionId: string) {
  const [result] = await hotQuery<{ page: SecurityRow }>(`select ${SECURITY_PAGE} as page`, [subjectId, ...limits]);
  return toSecurityPage(result!.page, currentSessionId);
}

export function toSecurityPage(row: SecurityRow, currentSessionId: string) {
  return {
    sessions: row.sessions.map((r) => toView(r, currentSessionId)),
    history: row.history.map(toHistory),
    logins: toLoginsView(row.logins, row.hasPassword),
    // What a password must not be built from, for the strength meter.
    names: [row.username, row.nickname].filter((v): v is string => Boolean(v)),
  };
}
