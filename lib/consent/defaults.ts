import "server-only";
import type { DbOrTx } from "@/lib/db/types";
import { consentEvents, consents } from "@/lib/db/schema";
import { purposeKeys } from "@/lib/privacy/purposes";
import { isChild } from "./decide";
import { defaultFor } from "./keys";
import { currentPolicyVersion } from "./write";

/**
 * A new account starts with a record of every purpose at its default (source "default", under the policy
 * accepted at sign-up), so its history and receipts begin where its choices began. A child's stay off even
 * after turning 14, until someone with the right to choose changes them.
 */
export async function recordDefaults(tx: DbOrTx, userId: string, birthDate: string | null, at?: Date) {
  const child = isChild(birthDate);
  const rows = purposeKeys.map((purpose) => ({
    userId,
    purpose,
    granted: defaultFor(purpose, child),
    source: "default" as const,
    policyVersion: currentPolicyVersion,
  }));
  await tx.insert(consentEvents).values(rows.map((r) => ({ ...r, ...(at ? { at } : {}) })));
  await tx
    .insert(consents)
    .values(rows.map((r) => ({ ...r, ...(at ? { updatedAt: at } : {}) })))
    .onConflictDoNothing();
}
