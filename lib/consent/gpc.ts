import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import type { DbOrTx, Tx } from "@/lib/db/types";
import { consents } from "@/lib/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { gpcCovered, type ChoiceKey } from "./keys";
import { lockChoices, readChoice, writeChoice } from "./write";

type Who = { subjectId: string; actorId: string; ip: string | null };

/**
 * A browser sending Global Privacy Control opts its user out of sharing and advertising cookies: any of those
 * still on (and not on by a recorded override of GPC) is turned off, recorded with source "gpc".
 * Returns the choices it turned off.
 */
export async function honourGpcIn(tx: DbOrTx, who: Who): Promise<ChoiceKey[]> {
  await lockChoices(tx, who.subjectId);
  const turnedOff: ChoiceKey[] = [];
  for (const key of gpcCovered) {
    const current = await readChoice(tx, who.subjectId, key);
    // Both are off by default for everyone, so only a stored "on" can need turning off.
    if (!current?.granted || current.gpcOverride) continue;
    await writeChoice(tx, {
      subjectId: who.subjectId,
      key,
      granted: false,
      source: "gpc",
      actorId: who.actorId,
      ip: who.ip,
      seq: Math.max(Date.now(), current.seq + 1),
    });
    turnedOff.push(key);
  }
  return turnedOff;
}

// Pages call this on each signed-in view from a GPC browser: one read when nothing needs changing.
export async function honourGpc(who: Who): Promise<ChoiceKey[]> {
  const db = getDb();
  const pending = await db
    .select({ purpose: consents.purpose })
    .from(consents)
    .where(
      and(
        eq(consents.userId, who.subjectId),
        inArray(consents.purpose, [...gpcCovered]),
        eq(consents.granted, true),
        eq(consents.gpcOverride, false),
      ),
    );
  if (pending.length === 0) return [];
  return db.transaction(async (tx: Tx) => {
    const turnedOff = await honourGpcIn(tx, who);
    if (turnedOff.length > 0) {
      await recordAudit(tx, {
        operation: "consents.update",
        actorId: who.actorId,
        subjectId: who.subjectId,
        via: "self",
        targetType: "consent",
        fields: turnedOff,
        detail: { source: "gpc" },
      });
    }
    return turnedOff;
  });
}
