import "server-only";
import { and, eq, ne, sql } from "drizzle-orm";
import { AppError, type ErrorCode } from "@/lib/access/errors";
import type { Tx } from "@/lib/db/types";
import { users, type ContactChannel } from "@/lib/db/schema";
import { enqueueMessage } from "@/lib/mail/outbox";
import { composeMessage, recipientLocale } from "@/lib/mail/templates";
import { CODE_TTL_MINUTES } from "./code";
import { maskContact } from "./queries";

export type LockedUser = { username: string; email: string | null; phone: string | null; locale: string };

const outboxChannel = (channel: ContactChannel): "email" | "sms" => (channel === "email" ? "email" : "sms");

// One message key, shown both as the error and next to the field it belongs to.
export const fieldError = (code: ErrorCode, key: string, field: string, params: Record<string, number> = {}) =>
  new AppError(code, key, params, { [field]: [key] });

const takenError = (channel: ContactChannel, field: string) =>
  fieldError("conflict", `contact.errors.taken.${channel}`, field);

// Locks the subject's row: requests, resends and confirmations for one account run one after another.
export async function lockUser(tx: Tx, userId: string): Promise<LockedUser> {
  const [user] = await tx
    .select({ username: users.username, email: users.email, phone: users.phone, locale: users.locale })
    .from(users)
    .where(eq(users.id, userId))
    .for("update");
  if (!user) throw new AppError("not_found");
  return user;
}

// Refuses an address another account signs in with. The answer names no account.
export async function assertAvailable(tx: Tx, channel: ContactChannel, value: string, userId: string, field: string) {
  const [row] = await tx
    .select({ id: users.id })
    .from(users)
    .where(
      and(channel === "email" ? eq(sql`lower(${users.email})`, value) : eq(users.phone, value), ne(users.id, userId)),
    )
    .limit(1);
  if (row) throw takenError(channel, field);
}

export async function setAddress(tx: Tx, userId: string, channel: ContactChannel, value: string) {
  try {
    await tx
      .update(users)
      .set({
        ...(channel === "email" ? { email: value } : { phone: value }),
        // Other open forms on this account (another tab, a guardian) see that it changed.
        version: sql`${users.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(eq(users.id, userId));
  } catch (e) {
    // Another account took the address between the check and this write.
    const err = e as { constraint?: string; cause?: { constraint?: string } };
    if (/users_(email|phone)_key/.test(err.constraint ?? err.cause?.constraint ?? ""))
      throw takenError(channel, "code");
    throw e;
  }
}

/** Queues the code to the new address (email, or SMS for a number), in the account holder's language. */
export async function queueCode(
  tx: Tx,
  user: LockedUser,
  userId: string,
  to: { channel: ContactChannel; value: string },
  code: string,
) {
  const channel = outboxChannel(to.channel);
  const message = composeMessage("contactCode", recipientLocale(user.locale), channel, {
    code,
    minutes: CODE_TTL_MINUTES,
    username: user.username,
  });
  await enqueueMessage(tx, { userId, channel, to: to.value, ...message });
}

/**
 * Tells the address that stops working; with none on that channel, the account's other address.
 * `user` is the row as it was before the change. Returns whether anyone was told.
 */
export async function queueChangeNotice(
  tx: Tx,
  user: LockedUser,
  userId: string,
  channel: ContactChannel,
  newValue: string,
): Promise<boolean> {
  const previous = channel === "email" ? user.email : user.phone;
  const other = channel === "email" ? user.phone : user.email;
  const notify = previous
    ? { channel: outboxChannel(channel), to: previous }
    : other
      ? { channel: outboxChannel(channel === "email" ? "phone" : "email"), to: other }
      : null;
  if (!notify) return false;
  const message = composeMessage("contactChanged", recipientLocale(user.locale), notify.channel, {
    username: user.username,
    channel,
    masked: maskContact(channel, newValue),
  });
  await enqueueMessage(tx, { userId, ...notify, ...message });
  return true;
}
