import "server-only";
import { desc, sql } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/types";
import { auditEvents } from "@/lib/db/schema";
import { eventHash, GENESIS_HASH, type ChainedFields } from "./hash";

// Serialises appends so each event links to the one committed just before it.
const AUDIT_CHAIN_LOCK = 72_110_002;

export type AuditInput = Partial<Omit<ChainedFields, "at" | "operation" | "via">> &
  Pick<ChainedFields, "operation" | "via"> & { detail?: Record<string, string | number | boolean | null> | null };

export async function recordAudit(tx: DbOrTx, input: AuditInput): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
  const [last] = await tx.select({ hash: auditEvents.hash }).from(auditEvents).orderBy(desc(auditEvents.id)).limit(1);
  const event = {
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
  const prevHash = last?.hash ?? GENESIS_HASH;
  await tx.insert(auditEvents).values({
    ...event,
    outcome: event.outcome as "ok" | "denied" | "failed",
    via: event.via as (typeof auditEvents.$inferInsert)["via"],
    prevHash,
    hash: eventHash(prevHash, event),
  });
}
