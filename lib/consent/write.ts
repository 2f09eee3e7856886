import "server-only";
import { isIP } from "node:net";
import { and, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/types";
import { consents } from "@/lib/db/schema";
import type { ConsentSource } from "./decide";
import type { ChoiceKey } from "./keys";

export type ChoiceState = {
  key: ChoiceKey;
  granted: boolean;
  source: ConsentSource;
  seq: number;
  policyVersion: string;
  updatedAt: string;
  gpcOverride: boolean;
};

export type ChoiceWrite = {
  subjectId: string;
  key: ChoiceKey;
  granted: boolean;
  source: ConsentSource;
  actorId: string | null;
  ip: string | null;
  // Monotonic per writer; the highest one wins, whatever order the writes arrive in.
  seq: number;
  gpcOverride?: boolean;
};

// Namespace of the per-subject advisory lock (the second key is the subject's hash); pc_set_choice takes the same.
const CHOICES_LOCK = 72_110_004;

// The policy in force when a choice is made is recorded with it; before any is published, "0".
export const currentPolicyVersion = sql<string>`coalesce((select version from policy_versions order by published_at desc limit 1), '0')`;

/** Serialises every change to one subject's choices for the rest of the transaction, across app instances. */
export async function lockChoices(tx: DbOrTx, subjectId: string) {
  await tx.execute(sql`select pg_advisory_xact_lock(${CHOICES_LOCK}, hashtext(${subjectId}))`);
}

export async function readChoice(tx: DbOrTx, subjectId: string, key: ChoiceKey): Promise<ChoiceState | null> {
  const [row] = await tx
    .select()
    .from(consents)
    .where(and(eq(consents.userId, subjectId), eq(consents.purpose, key)));
  return row ? toState(row) : null;
}

export function toState(row: typeof consents.$inferSelect): ChoiceState {
  return {
    key: row.purpose as ChoiceKey,
    granted: row.granted,
    source: row.source,
    seq: Number(row.seq),
    policyVersion: row.policyVersion,
    updatedAt: new Date(row.updatedAt).toISOString(),
    gpcOverride: row.gpcOverride,
  };
}

type Row = {
  applied: boolean;
  changed: boolean;
  granted: boolean;
  source: ConsentSource;
  seq: string | number;
  policy_version: string;
  updated_at: string | Date;
  gpc_override: boolean;
};

/**
 * Records one choice: an append-only consent event and the current state, in the caller's transaction, under
 * the subject's lock. A write older than the stored state (by seq) arrived late and changes nothing.
 * Repeating the stored value only advances the sequence: the history lists changes, not clicks.
 * One statement (pc_set_choice, see the migrations): switches are toggled often, by many people at once.
 */
export async function writeChoice(
  tx: DbOrTx,
  w: ChoiceWrite,
): Promise<{ applied: boolean; changed: boolean; state: ChoiceState }> {
  const ip = w.ip && isIP(w.ip) ? w.ip : null;
  const result = (await tx.execute(sql`select * from pc_set_choice(${w.subjectId}::uuid, ${w.key}, ${w.granted},
    ${w.source}, ${w.actorId}::uuid, ${ip}::inet, ${w.seq}::bigint, ${w.gpcOverride ?? false})`)) as unknown as {
    rows: Row[];
  };
  const row = result.rows[0]!;
  return {
    applied: row.applied,
    changed: row.changed,
    state: {
      key: w.key,
      granted: row.granted,
      source: row.source,
      seq: Number(row.seq),
      policyVersion: row.policy_version,
      updatedAt: new Date(row.updated_at).toISOString(),
      gpcOverride: row.gpc_override,
    },
  };
}
