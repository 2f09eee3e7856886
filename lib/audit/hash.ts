import { createHash } from "node:crypto";

export const GENESIS_HASH = "0".repeat(64);

export type ChainedFields = {
  at: Date;
  operation: string;
  outcome: string;
  actorId: string | null;
  subjectId: string | null;
  via: string;
  grantId: string | null;
  targetType: string | null;
  targetId: string | null;
  fields: string[] | null;
  detail: Record<string, unknown> | null;
};

function sortedDetail(detail: Record<string, unknown> | null) {
  if (!detail) return null;
  return Object.keys(detail)
    .sort()
    .map((k) => [k, detail[k] ?? null]);
}

// The hash covers every column but the id, so altering any of them breaks the chain at that row.
export function eventHash(prevHash: string, e: ChainedFields): string {
  return createHash("sha256").update(prevHash).update("\n").update(canonicalEvent(e)).digest("hex");
}

// What the hash is taken of, after the previous hash and a newline (the database appends with the same text).
export function canonicalEvent(e: ChainedFields): string {
  return JSON.stringify([
    e.at.toISOString(),
    e.operation,
    e.outcome,
    e.actorId,
    e.subjectId,
    e.via,
    e.grantId,
    e.targetType,
    e.targetId,
    e.fields,
    sortedDetail(e.detail),
  ]);
}
