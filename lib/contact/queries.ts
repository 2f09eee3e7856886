import "server-only";
import { and, eq, gt, lt, sql } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/types";
import { contactChangeCodes, users, type ContactChannel } from "@/lib/db/schema";
import { maskEmail, maskPhone } from "@/lib/privacy/mask";
import { MAX_TRIES } from "./code";
import { RESEND_AFTER_SECONDS } from "./throttle";

export type PendingChange = {
  challengeId: string;
  channel: ContactChannel;
  sentTo: string;
  validMinutes: number;
  resendAt: string;
};

export type ContactView = {
  email: string | null;
  phone: string | null;
  pending: PendingChange[];
};

export const maskContact = (channel: ContactChannel, value: string) =>
  (channel === "email" ? maskEmail(value) : maskPhone(value)) ?? "";

/** The sign-in addresses, masked, and any code still waiting to be typed (so a reload resumes the second step). */
export async function loadContact(db: DbOrTx, subjectId: string): Promise<ContactView | null> {
  const [user] = await db.select({ email: users.email, phone: users.phone }).from(users).where(eq(users.id, subjectId));
  if (!user) return null;
  const pending = await db
    .select({
      challengeId: contactChangeCodes.id,
      channel: contactChangeCodes.channel,
      newValue: contactChangeCodes.newValue,
      expiresAt: contactChangeCodes.expiresAt,
      lastSentAt: sql<Date | string>`${contactChangeCodes.sentAt}[array_upper(${contactChangeCodes.sentAt}, 1)]`,
    })
    .from(contactChangeCodes)
    .where(
      and(
        eq(contactChangeCodes.userId, subjectId),
        eq(contactChangeCodes.status, "pending"),
        gt(contactChangeCodes.expiresAt, sql`now()`),
        lt(contactChangeCodes.attempts, MAX_TRIES),
      ),
    );
  return {
    email: maskEmail(user.email),
    phone: maskPhone(user.phone),
    pending: pending.map((p) => ({
      challengeId: p.challengeId,
      channel: p.channel,
      sentTo: maskContact(p.channel, p.newValue),
      validMinutes: Math.max(1, Math.ceil((p.expiresAt.getTime() - Date.now()) / 60_000)),
      resendAt: new Date(new Date(p.lastSentAt).getTime() + RESEND_AFTER_SECONDS * 1000).toISOString(),
    })),
  };
}
