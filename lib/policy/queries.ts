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

/** The version the signed-in person still has to acknowledge, if any (see pc_policy_banner). One read. */
export async function policyBannerFor(sessionId: string): Promise<PolicyBanner | null> {
  const [row] = await hotQuery<{ version: string; summary_en: string; summary_zh: string }>(
    "select * from pc_policy_banner($1)",
    [sessionId],
  );
  return row ? { version: row.version, summaryEn: row.summary_en, summaryZh: row.summary_zh } : null;
}
