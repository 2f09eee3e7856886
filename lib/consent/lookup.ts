import "server-only";
import { hotQuery } from "@/lib/db/raw";
import { isUuid } from "@/lib/access/input";
import type { UserStatus } from "@/lib/db/schema";
import { decide, type ConsentSource, type Reason } from "./decide";
import type { ChoiceKey } from "./keys";

type Row = {
  status: UserStatus;
  birth_date: string | null;
  granted: boolean | null;
  source: ConsentSource | null;
  policy_version: string | null;
  updated_at: string | Date | null;
  gpc_override: boolean | null;
};

export type Permission = {
  allowed: boolean;
  reason: Reason;
  // Who made the choice in force ("default" when nobody has), under which policy, when.
  source: ConsentSource;
  policyVersion: string | null;
  decidedAt: string | null;
  // The choice in force was confirmed against the browser's Global Privacy Control signal.
  overridesGpc: boolean;
};

/**
 * What the shop may do with one subject's data for one purpose, read straight from the current state in one
 * indexed read (pc_permission). Null when there is no such subject.
 */
export async function permissionFor(subjectId: string, key: ChoiceKey): Promise<Permission | null> {
  if (!isUuid(subjectId)) return null;
  // The date as text: drivers would turn it into a Date at local midnight.
  const [row] = await hotQuery<Row>(
    "select status, birth_date::text as birth_date, granted, source, policy_version, updated_at, gpc_override from pc_permission($1, $2)",
    [subjectId, key],
  );
  if (!row) return null;
  const facts = { status: row.status, birthDate: row.birth_date, granted: row.granted, source: row.source };
  const verdict = decide(key, facts);
  return {
    ...verdict,
    source: row.source ?? "default",
    policyVersion: row.policy_version,
    decidedAt: row.updated_at === null ? null : new Date(row.updated_at).toISOString(),
    overridesGpc: row.gpc_override ?? false,
  };
}
