import "server-only";
import { randomUUID } from "node:crypto";
import { and, eq, ne, sql } from "drizzle-orm";
import { defineAction } from "@/lib/access/action";
import { AppError, CommittedRefusal } from "@/lib/access/errors";
import type { Tx } from "@/lib/db/types";
import { contactChangeCodes, users, type ContactChannel } from "@/lib/db/schema";
import { enqueueMessage } from "@/lib/mail/outbox";
import { composeMessage, recipientLocale } from "@/lib/mail/templates";
import { deliverSoon } from "@/lib/mail/deliver";
import { CODE_TTL_MINUTES, codeMatches, hashCode, MAX_TRIES, newCode } from "./code";
import { maskContact } from "./queries";
import { confirmContactChangeSchema, requestContactChangeSchema, resendContactCodeSchema } from "./schemas";
import { assertCanSendCode, RESEND_AFTER_SECONDS } from "./throttle";

const outboxChannel = (channel: ContactChannel): "email" | "sms" => (channel === "email" ? "email" : "sms");

// Locks the subject's row: requests, resends and confirmations for one account run one after another.
async function lockUser(tx: Tx, userId: string) {
  const [user] = await tx
    .select({ username: users.username, email: users.email, phone: users.phone, locale: users.locale })
    .from(users)
    .where(eq(users.id, userId))
    .for("update");
  if (!user) throw new AppError("not_found");
  return user;
}

// Whether another account signs in with this address. The answer names no account.
async function takenByAnother(tx: Tx, channel: ContactChannel, value: string, userId: string) {
  const [row] = await tx
    .select({ id: users.id })
    .from(users)
    .where(
      and(channel === "email" ? eq(sql`lower(${users.email})`, value) : eq(users.phone, value), ne(users.id, userId)),
    )
    .limit(1);
  return Boolean(row);
}

const takenError = (channel: ContactChannel, field: string) =>
  new AppError("conflict", `contact.errors.taken.${channel}`, {}, { [field]: [`contact.errors.taken.${channel}`] });

async function sendCode(
  tx: Tx,
  user: { username: string; locale: string },
  userId: string,
  challenge: { id: string; channel: ContactChannel; to: string },
  code: string,
) {
  const channel = outboxChannel(challenge.channel);
  const message = composeMessage("contactCode", recipientLocale(user.locale), channel, {
    code,
    minutes: CODE_TTL_MINUTES,
    username: user.username,
  });
  await enqueueMessage(tx, { userId, channel, to: challenge.to, ...message });
}

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
    if (current === input.value) {
      throw new AppError(
        "invalid_input",
        "contact.errors.sameAsCurrent",
        {},
        {
          value: [`contact.errors.sameAsCurrent`],
        },
      );
    }
    if (await takenByAnother(tx, input.channel, input.value, userId)) throw takenError(input.channel, "value");
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
    await sendCode(tx, user, userId, { id, channel: input.channel, to: input.value }, code);
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
    if (!challenge || challenge.status === "confirmed" || challenge.status === "superseded") {
      const key = !challenge
        ? "contact.errors.unknownChallenge"
        : challenge.status === "confirmed"
          ? "contact.errors.used"
          : "contact.errors.replaced";
      throw new AppError("invalid_input", key, {}, { resend: [key] });
    }
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
    await sendCode(tx, user, userId, { id: challenge.id, channel: challenge.channel, to: challenge.newValue }, code);
    ctx.note({ targetType: "contact_change", targetId: challenge.id, detail: { channel: challenge.channel } });
    ctx.afterCommit(deliverSoon);
    return { challengeId: challenge.id, channel: challenge.channel, ...timesFrom() };
  },
);

const codeError = (key: string, params: Record<string, number> = {}) =>
  new AppError("invalid_input", key, params, { code: [key] });

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
      const left = MAX_TRIES - attempts;
      throw new CommittedRefusal(
        "invalid_input",
        "contact.errors.wrongCode",
        { left },
        {
          code: ["contact.errors.wrongCode"],
        },
      );
    }

    const { channel, newValue } = challenge;
    if (await takenByAnother(tx, channel, newValue, userId)) throw takenError(channel, "code");
    const previous = channel === "email" ? user.email : user.phone;
    try {
      await tx
        .update(users)
        .set({
          ...(channel === "email" ? { email: newValue } : { phone: newValue }),
          // Other open forms on this account (another tab, a guardian) see that it changed.
          version: sql`${users.version} + 1`,
          updatedAt: sql`now()`,
        })
        .where(eq(users.id, userId));
    } catch (e) {
      // Another account took the address between the check and this write.
      if (/users_(email|phone)_key/.test(constraintOf(e))) throw takenError(channel, "code");
      throw e;
    }
    await tx
      .update(contactChangeCodes)
      .set({ status: "confirmed", consumedAt: sql`now()` })
      .where(eq(contactChangeCodes.id, challenge.id));

    // The address that stops working is told; with none on that channel, the account's other address is.
    const notify = previous
      ? { channel: outboxChannel(channel), to: previous }
      : channel === "email" && user.phone
        ? { channel: "sms" as const, to: user.phone }
        : channel === "phone" && user.email
          ? { channel: "email" as const, to: user.email }
          : null;
    if (notify) {
      const message = composeMessage("contactChanged", recipientLocale(user.locale), notify.channel, {
        username: user.username,
        channel,
        masked: maskContact(channel, newValue),
      });
      await enqueueMessage(tx, { userId, ...notify, ...message });
      ctx.afterCommit(deliverSoon);
    }
    ctx.note({ targetType: "user", targetId: userId, fields: [channel], detail: { challengeId: challenge.id } });
    return { channel, value: maskContact(channel, newValue), told: Boolean(notify) };
  },
);

function constraintOf(e: unknown): string {
  const err = e as { constraint?: string; cause?: { constraint?: string } };
  return err.constraint ?? err.cause?.constraint ?? "";
}
