import "server-only";
import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { defineAction } from "@/lib/access/action";
import { CommittedRefusal } from "@/lib/access/errors";
import { contactChangeCodes } from "@/lib/db/schema";
import { deliverSoon } from "@/lib/mail/deliver";
import { assertAvailable, fieldError, lockUser, queueChangeNotice, queueCode, setAddress } from "./account";
import { CODE_TTL_MINUTES, codeMatches, hashCode, MAX_TRIES, newCode } from "./code";
import { maskContact } from "./queries";
import { confirmContactChangeSchema, requestContactChangeSchema, resendContactCodeSchema } from "./schemas";
import { assertCanSendCode, RESEND_AFTER_SECONDS } from "./throttle";

const timesFrom = () => ({
  validMinutes: CODE_TTL_MINUTES,
  resendAt: new Date(Date.now() + RESEND_AFTER_SECONDS * 1000).toISOString(),
});

/** Step one: a code to the new address. Nothing about the account changes until the code comes back. */
export const requestContactChange = defineAction(
  "contact.requestChange",
  requestContactChangeSchema,
  async ({ input, ctx, tx }) => {
    const userId = ctx.subjectId!;
    const user = await lockUser(tx, userId);
    const current = input.channel === "email" ? user.email?.toLowerCase() : user.phone;
    if (current === input.value) throw fieldError("invalid_input", "contact.errors.sameAsCurrent", "value");
    await assertAvailable(tx, input.channel, input.value, userId, "value");
    await assertCanSendCode(tx, userId, "value");
    // One open code per channel: asking again replaces the previous one.
    await tx
      .update(contactChangeCodes)
      .set({ status: "superseded" })
      .where(
        and(
          eq(contactChangeCodes.userId, userId),
          eq(contactChangeCodes.channel, input.channel),
          eq(contactChangeCodes.status, "pending"),
        ),
      );
    const id = randomUUID();
    const code = newCode();
    await tx.insert(contactChangeCodes).values({
      id,
      userId,
      channel: input.channel,
      newValue: input.value,
      codeHash: hashCode(id, code),
      expiresAt: sql`now() + make_interval(mins => ${CODE_TTL_MINUTES})`,
      sentAt: sql`array[now()]`,
    });
    await queueCode(tx, user, userId, input, code);
    ctx.note({ targetType: "contact_change", targetId: id, detail: { channel: input.channel } });
    ctx.afterCommit(deliverSoon);
    return { challengeId: id, channel: input.channel, sentTo: input.value, ...timesFrom() };
  },
);

/** A fresh code for the same request (the old one stops working), within the same sending limits. */
export const resendContactCode = defineAction(
  "contact.requestChange",
  resendContactCodeSchema,
  async ({ input, ctx, tx }) => {
    const userId = ctx.subjectId!;
    const user = await lockUser(tx, userId);
    const [challenge] = await tx
      .select()
      .from(contactChangeCodes)
      .where(and(eq(contactChangeCodes.id, input.challengeId), eq(contactChangeCodes.userId, userId)))
      .for("update");
    if (!challenge) throw fieldError("invalid_input", "contact.errors.unknownChallenge", "resend");
    if (challenge.status === "confirmed") throw fieldError("invalid_input", "contact.errors.used", "resend");
    if (challenge.status === "superseded") throw fieldError("invalid_input", "contact.errors.replaced", "resend");
    await assertCanSendCode(tx, userId, "resend");
    const code = newCode();
    await tx
      .update(contactChangeCodes)
      .set({
        codeHash: hashCode(challenge.id, code),
        expiresAt: sql`now() + make_interval(mins => ${CODE_TTL_MINUTES})`,
        attempts: 0,
        status: "pending",
        sentAt: sql`array_append(${contactChangeCodes.sentAt}, now())`,
      })
      .where(eq(contactChangeCodes.id, challenge.id));
    await queueCode(tx, user, userId, { channel: challenge.channel, value: challenge.newValue }, code);
    ctx.note({ targetType: "contact_change", targetId: challenge.id, detail: { channel: challenge.channel } });
    ctx.afterCommit(deliverSoon);
    return { challengeId: challenge.id, channel: challenge.channel, ...timesFrom() };
  },
);

const codeError = (key: string) => fieldError("invalid_input", key, "code");

/**
 * Step two: the right code changes the address, tells the old one, and closes the request. A wrong code uses up
 * one of five tries, and that count is kept even though the action fails (CommittedRefusal).
 */
export const confirmContactChange = defineAction(
  "contact.confirmChange",
  confirmContactChangeSchema,
  async ({ input, ctx, tx }) => {
    const userId = ctx.subjectId!;
    const user = await lockUser(tx, userId);
    // Someone else's challenge is indistinguishable from one that does not exist.
    const [challenge] = await tx
      .select({
        id: contactChangeCodes.id,
        channel: contactChangeCodes.channel,
        newValue: contactChangeCodes.newValue,
        codeHash: contactChangeCodes.codeHash,
        attempts: contactChangeCodes.attempts,
        status: contactChangeCodes.status,
        expired: sql<boolean>`${contactChangeCodes.expiresAt} <= now()`,
      })
      .from(contactChangeCodes)
      .where(and(eq(contactChangeCodes.id, input.challengeId), eq(contactChangeCodes.userId, userId)))
      .for("update");
    if (!challenge) throw codeError("contact.errors.unknownChallenge");
    if (challenge.status === "confirmed") throw codeError("contact.errors.used");
    if (challenge.status === "superseded") throw codeError("contact.errors.replaced");
    if (challenge.status === "exhausted" || challenge.attempts >= MAX_TRIES)
      throw codeError("contact.errors.tooManyTries");
    if (challenge.expired) throw codeError("contact.errors.expired");

    if (!codeMatches(challenge.id, input.code, challenge.codeHash)) {
      const attempts = challenge.attempts + 1;
      await tx
        .update(contactChangeCodes)
        .set({ attempts, ...(attempts >= MAX_TRIES ? { status: "exhausted" as const } : {}) })
        .where(eq(contactChangeCodes.id, challenge.id));
      const key = "contact.errors.wrongCode";
      throw new CommittedRefusal("invalid_input", key, { left: MAX_TRIES - attempts }, { code: [key] });
    }

    const { channel, newValue } = challenge;
    await assertAvailable(tx, channel, newValue, userId, "code");
    await setAddress(tx, userId, channel, newValue);
    await tx
      .update(contactChangeCodes)
      .set({ status: "confirmed", consumedAt: sql`now()` })
      .where(eq(contactChangeCodes.id, challenge.id));
    const told = await queueChangeNotice(tx, user, userId, channel, newValue);
    if (told) ctx.afterCommit(deliverSoon);
    ctx.note({ targetType: "user", targetId: userId, fields: [channel], detail: { challengeId: challenge.id } });
    return { channel, value: maskContact(channel, newValue), told };
  },
);
