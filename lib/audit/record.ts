import "server-only";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/types";
import { canonicalEvent, type ChainedFields } from "./hash";

// Serialises appends so each event links to the one committed just before it.
const AUDIT_CHAIN_LOCK = 72_110_002;

export type AuditInput = Partial<Omit<ChainedFields, "at" | "operation" | "via">> &
  Pick<ChainedFields, "operation" | "via"> & { detail?: Record<string, string | number | boolean | null> | null };

// One statement (pc_append_audit, see the migrations): it takes the chain lock, reads the previous hash and inserts.
export async function recordAudit(tx: DbOrTx, input: AuditInput): Promise<void> {
  const event: ChainedFields = {
    at: new Date(),
    operation: input.operation,
    outcome: input.outcome ?? "ok",
    actorId: input.actorId ?? null,
    subjectId: input.subjectId ?? null,
    via: input.via,
    grantId: input.grantId ?? null,
    targetType: input.targetType ?? null,
    targetId: input.targetId ?? null,
    fields: input.fields ?? null,
    detail: input.detail ?? null,
  };
  await tx.execute(sql`select pc_append_audit(${AUDIT_CHAIN_LOCK}, ${event.at.toISOString()}::timestamptz,
    ${event.operation}, ${event.outcome}, ${event.actorId}::uuid, ${event.subjectId}::uuid, ${event.via},
    ${event.grantId}::uuid, ${event.targetType}, ${event.targetId},
    ${event.fields ? JSON.stringify(event.fields) : null}, ${event.detail ? JSON.stringify(event.detail) : null},
    ${canonicalEvent(event)})`);
}
