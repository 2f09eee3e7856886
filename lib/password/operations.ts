import "server-only";
import { and, eq, isNull, ne, sql } from "drizzle-orm";
import { defineAction } from "@/lib/access/action";
import { AppError } from "@/lib/access/errors";
import { sessions, users } from "@/lib/db/schema";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { enqueueMessage } from "@/lib/mail/outbox";
import { composeMessage, recipientLocale } from "@/lib/mail/templates";
import { deliverSoon } from "@/lib/mail/deliver";
import { changePasswordSchema } from "./schemas";
import { MIN_SCORE, personalInputs } from "./strength";
import { checkStrength } from "./strength-server";

const refuse = (field: string, keys: string[]) => new AppError("invalid_input", keys[0]!, {}, { [field]: keys });

/**
 * Everything happens in the one transaction: if any step fails, the old password still works and no session
 * was ended. Other sessions are ended in the same transaction when asked (the default).
 */
export const changePassword = defineAction("password.change", changePasswordSchema, async ({ input, ctx, tx }) => {
  const userId = ctx.subjectId!;
  const [user] = await tx
    .select({
      hash: users.passwordHash,
      username: users.username,
      nickname: users.nickname,
      email: users.email,
      phone: users.phone,
      locale: users.locale,
    })
    .from(users)
    .where(eq(users.id, userId))
    .for("update");
  if (!user) throw new AppError("not_found");
  if (!(await verifyPassword(user.hash, input.currentPassword))) {
    throw refuse("currentPassword", ["password.errors.currentWrong"]);
  }
  if (input.newPassword === input.currentPassword) throw refuse("newPassword", ["password.errors.sameAsCurrent"]);
  const strength = checkStrength(
    input.newPassword,
    personalInputs([user.username, user.nickname, user.email, user.phone]),
  );
  if (strength.score < MIN_SCORE) {
    const feedback = [strength.warning, ...strength.suggestions].filter((k): k is string => Boolean(k));
    throw refuse("newPassword", ["password.errors.weak", ...feedback]);
  }

  await tx
    .update(users)
    .set({ passwordHash: await hashPassword(input.newPassword), updatedAt: sql`now()` })
    .where(eq(users.id, userId));
  const ended = input.signOutOthers
    ? await tx
        .update(sessions)
        .set({ revokedAt: sql`now()`, revokedReason: "password_changed" })
        .where(and(eq(sessions.userId, userId), ne(sessions.id, ctx.actor!.sessionId), isNull(sessions.revokedAt)))
        .returning({ id: sessions.id })
    : [];

  // Told by email, or by SMS when the account has no email: someone else changing it must not go unnoticed.
  const to = user.email
    ? { channel: "email" as const, to: user.email }
    : user.phone
      ? { channel: "sms" as const, to: user.phone }
      : null;
  if (to) {
    const message = composeMessage("passwordChanged", recipientLocale(user.locale), to.channel, {
      username: user.username,
      others: ended.length > 0 ? "yes" : "no",
    });
    await enqueueMessage(tx, { userId, ...to, ...message });
    ctx.afterCommit(deliverSoon);
  }
  ctx.note({ targetType: "user", targetId: userId, fields: ["password"], detail: { sessionsEnded: ended.length } });
  return { signedOutOthers: ended.length };
});
