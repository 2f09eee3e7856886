import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/types";
import { identities, privacyRequests } from "@/lib/db/schema";
import { maskIdNumber, maskName } from "@/lib/privacy/mask";

// Real-name identity is sensitive: it leaves the server masked, always; there is no reveal for it here.
export type IdentityView = {
  legalName: string;
  idNumber: string;
  verifiedAt: string;
  released: boolean;
};

export type CorrectionView = { id: string; status: string; createdAt: string; dueAt: string };

export const IDENTITY_CATEGORY = "identity";
// A person answers a correction within 15 days (the product's promise for requests other than access).
export const CORRECTION_DUE_DAYS = 15;
const openStatuses = ["open", "in_progress"] as const;

export async function loadIdentity(db: DbOrTx, subjectId: string): Promise<IdentityView | null> {
  const [row] = await db
    .select({
      legalName: identities.legalName,
      idNumber: identities.idNumber,
      verifiedAt: identities.verifiedAt,
      releasedAt: identities.releasedAt,
    })
    .from(identities)
    .where(eq(identities.userId, subjectId));
  if (!row) return null;
  return {
    legalName: maskName(row.legalName) ?? "*",
    idNumber: maskIdNumber(row.idNumber) ?? "*",
    verifiedAt: row.verifiedAt.toISOString(),
    released: row.releasedAt !== null,
  };
}

export async function openCorrection(db: DbOrTx, subjectId: string): Promise<CorrectionView | null> {
  const [row] = await db
    .select({
      id: privacyRequests.id,
      status: privacyRequests.status,
      createdAt: privacyRequests.createdAt,
      dueAt: privacyRequests.dueAt,
    })
    .from(privacyRequests)
    .where(
      and(
        eq(privacyRequests.userId, subjectId),
        eq(privacyRequests.type, "correction"),
        eq(privacyRequests.category, IDENTITY_CATEGORY),
        inArray(privacyRequests.status, openStatuses),
      ),
    )
    .orderBy(desc(privacyRequests.createdAt))
    .limit(1);
  return row ? { ...row, createdAt: row.createdAt.toISOString(), dueAt: row.dueAt.toISOString() } : null;
}
