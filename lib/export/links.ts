import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, asc, count, desc, eq, gt, sql } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/types";
import { exportLinks, type ExportLink } from "@/lib/db/schema";
import { env } from "@/lib/env";
import type { ExportSelection } from "./schemas";

const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** 256 random bits; only their hash is stored, so the table alone cannot be used to download anything. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

export function isToken(value: string): boolean {
  return TOKEN.test(value);
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function selectionOf(link: Pick<ExportLink, "categories" | "fromDate" | "toDate">): ExportSelection {
  return {
    categories: link.categories,
    ...(link.fromDate ? { from: link.fromDate } : {}),
    ...(link.toDate ? { to: link.toDate } : {}),
  };
}

export type LinkState = "active" | "expired" | "revoked" | "usedUp";

export type LinkView = {
  id: string;
  categories: string[];
  from: string | null;
  to: string | null;
  expectedRows: number;
  createdAt: string;
  expiresAt: string;
  uses: number;
  maxUses: number;
  state: LinkState;
};

export function stateOf(link: Pick<ExportLink, "revokedAt" | "expiresAt" | "uses">, now = new Date()): LinkState {
  if (link.revokedAt) return "revoked";
  if (link.expiresAt <= now) return "expired";
  if (link.uses >= env.EXPORT_LINK_MAX_USES) return "usedUp";
  return "active";
}

const RECENT_LINKS = 10;

export async function listLinks(db: DbOrTx, subjectId: string): Promise<LinkView[]> {
  const rows = await db
    .select()
    .from(exportLinks)
    .where(eq(exportLinks.subjectId, subjectId))
    .orderBy(desc(exportLinks.createdAt))
    .limit(RECENT_LINKS);
  const now = new Date();
  return rows.map((l) => ({
    id: l.id,
    categories: l.categories,
    from: l.fromDate,
    to: l.toDate,
    expectedRows: l.expectedRows,
    createdAt: l.createdAt.toISOString(),
    expiresAt: l.expiresAt.toISOString(),
    uses: l.uses,
    maxUses: env.EXPORT_LINK_MAX_USES,
    state: stateOf(l, now),
  }));
}

export type Quota = { used: number; limit: number; nextAt: string | null };

/** Archives prepared for a subject in the last 24 hours, and when the oldest of them stops counting. */
export async function dailyQuota(db: DbOrTx, subjectId: string): Promise<Quota> {
  const since = and(eq(exportLinks.subjectId, subjectId), gt(exportLinks.createdAt, sql`now() - interval '1 day'`));
  const [{ n }] = (await db.select({ n: count() }).from(exportLinks).where(since)) as [{ n: number }];
  const [oldest] = await db
    .select({ at: exportLinks.createdAt })
    .from(exportLinks)
    .where(since)
    .orderBy(asc(exportLinks.createdAt))
    .limit(1);
  return {
    used: n,
    limit: env.EXPORT_DAILY_LIMIT,
    nextAt: n >= env.EXPORT_DAILY_LIMIT && oldest ? new Date(oldest.at.getTime() + 86_400_000).toISOString() : null,
  };
}
