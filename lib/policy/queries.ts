import "server-only";
import { desc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/types";
import { hotQuery } from "@/lib/db/raw";
import { policyVersions } from "@/lib/db/schema";

export type PolicyVersion = typeof policyVersions.$inferSelect;

export async function currentPolicy(db: DbOrTx): Promise<PolicyVersion | null> {
  const [row] = await db.select().from(policyVersions).orderBy(desc(policyVersions.publishedAt)).limit(1);
  return row ?? null;
}

export async function policyByVersion(db: DbOrTx, version: string): Promise<PolicyVersion | null> {
  const [row] = await db.select().from(policyVersions).where(eq(policyVersions.version, version));
  return row ?? null;
}

// Newest first; the first one is in force.
export async function listPolicies(db: DbOrTx) {
  return db
    .select({
      version: policyVersions.version,
      material: policyVersions.material,
      summaryEn: policyVersions.summaryEn,
      summaryZh: policyVersions.summaryZh,
      publishedAt: policyVersions.publishedAt,
    })
    .from(policyVersions)
    .orderBy(desc(policyVersions.publishedAt));
}

export type PolicyBanner = { version: string; summaryEn: string; summaryZh: string };

// Until a first material version is published nobody has anything to acknowledge, so pages need not ask.
// Versions are never deleted: once one exists the answer stays yes. A "no" is checked again after a few seconds
// (publishing in this process says yes at once), so another instance shows a first banner at most that late.
const RECHECK_MS = 10_000;
// Kept on globalThis, like the database handle: route bundles may each load this module.
const materialKey = Symbol.for("personal-center.material-policy");
const materialKnown = ((globalThis as Record<symbol, unknown>)[materialKey] ??= { exists: false, checkedAt: 0 }) as {
  exists: boolean;
  checkedAt: number;
};

export function noteMaterialPublished() {
  materialKnown.exists = true;
}

/**
 * True while no material version is known to exist and the last look is recent: a page can then leave the banner
 * out without awaiting anything (see components/policy/policy-banner.tsx).
 */
export function noMaterialVersionYet(): boolean {
  return !materialKnown.exists && Date.now() - materialKnown.checkedAt < RECHECK_MS;
}

async function anyMaterialVersion(): Promise<boolean> {
  if (materialKnown.exists) return true;
  if (noMaterialVersionYet()) return false;
  const [row] = await hotQuery<{ found: boolean }>(
    "select exists (select 1 from policy_versions where material) as found",
    [],
  );
  materialKnown.checkedAt = Date.now();
  materialKnown.exists = row?.found ?? false;
  return materialKnown.exists;
}

/** The version the signed-in person still has to acknowledge, if any (see pc_policy_banner). One read at most. */
export async function policyBannerFor(sessionId: string): Promise<PolicyBanner | null> {
  if (!(await anyMaterialVersion())) return null;
  const [row] = await hotQuery<{ version: string; summary_en: string; summary_zh: string }>(
    "select * from pc_policy_banner($1)",
    [sessionId],
  );
  return row ? { version: row.version, summaryEn: row.summary_en, summaryZh: row.summary_zh } : null;
}
