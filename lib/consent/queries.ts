import "server-only";
import { desc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/types";
import { consentEvents, consents, users, type UserStatus } from "@/lib/db/schema";
import { decide, isChild as childByBirth, type ConsentSource, type Reason } from "./decide";
import { allChoiceKeys, defaultFor, type ChoiceKey } from "./keys";
import { toState } from "./write";

export type ChoiceView = {
  key: ChoiceKey;
  granted: boolean;
  source: ConsentSource;
  seq: number;
  updatedAt: string | null;
  policyVersion: string | null;
  gpcOverride: boolean;
  // Whether the shop may use it now (an inactive account: never), and why.
  allowed: boolean;
  reason: Reason;
};

export type ChoicesView = { status: UserStatus; isChild: boolean; choices: ChoiceView[] };

/** Every choice of the subject, stored or by default, with the decision the rest of the shop applies. */
export async function loadChoices(db: DbOrTx, subjectId: string): Promise<ChoicesView | null> {
  const [user] = await db
    .select({ status: users.status, birthDate: users.birthDate })
    .from(users)
    .where(eq(users.id, subjectId));
  if (!user) return null;
  const rows = await db.select().from(consents).where(eq(consents.userId, subjectId));
  const stored = new Map(rows.map((r) => [r.purpose, toState(r)]));
  const child = childByBirth(user.birthDate);
  const choices = allChoiceKeys.map((key): ChoiceView => {
    const s = stored.get(key);
    const facts = {
      status: user.status,
      birthDate: user.birthDate,
      granted: s?.granted ?? null,
      source: s?.source ?? null,
    };
    return {
      key,
      granted: s?.granted ?? defaultFor(key, child),
      source: s?.source ?? "default",
      seq: s?.seq ?? 0,
      updatedAt: s?.updatedAt ?? null,
      policyVersion: s?.policyVersion ?? null,
      gpcOverride: s?.gpcOverride ?? false,
      ...decide(key, facts),
    };
  });
  return { status: user.status, isChild: child, choices };
}

export type ConsentReceipt = {
  id: string;
  purpose: string;
  granted: boolean;
  source: ConsentSource;
  actorId: string | null;
  policyVersion: string;
  ip: string | null;
  at: string;
  gpcOverride: boolean;
};

/** The subject's consent records, newest first: all of them, or the latest `limit`. */
export async function consentHistory(db: DbOrTx, subjectId: string, limit?: number): Promise<ConsentReceipt[]> {
  const query = db
    .select({
      id: consentEvents.id,
      purpose: consentEvents.purpose,
      granted: consentEvents.granted,
      source: consentEvents.source,
      actorId: consentEvents.actorId,
      policyVersion: consentEvents.policyVersion,
      ip: consentEvents.ip,
      at: consentEvents.at,
      gpcOverride: consentEvents.gpcOverride,
      seq: consentEvents.seq,
    })
    .from(consentEvents)
    .where(eq(consentEvents.userId, subjectId))
    .orderBy(desc(consentEvents.at), desc(consentEvents.seq));
  const rows = limit ? await query.limit(limit) : await query;
  return rows.map(({ seq: _seq, ...r }) => ({ ...r, at: new Date(r.at).toISOString() }));
}

// The page tells the client the server's time, so the sequence the client stamps on each change is on the
// server's clock rather than the device's.
export function withServerClock(view: ChoicesView): ChoicesView & { serverNow: number } {
  return { ...view, serverNow: Date.now() };
}
