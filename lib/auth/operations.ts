import "server-only";
import { eq, sql } from "drizzle-orm";
import { AuthError } from "next-auth";
import { z } from "zod";
import { defineAction } from "@/lib/access/action";
import { AppError, CommittedRefusal } from "@/lib/access/errors";
import { sessions, signInAttempts, users } from "@/lib/db/schema";
import { authSecret } from "@/lib/env";
import { signIn as authJsSignIn, signOut as authJsSignOut } from "./config";
import { identifierHash, signInSchema } from "./identifier";
import { verifyPassword } from "./password";
import { signUpSchema, stepUpSchema } from "./schemas";
import { createAccount } from "./sign-up";
import { throttleState } from "./throttle";

async function startSession(identifier: string, password: string) {
  try {
    await authJsSignIn("credentials", { identifier, password, redirect: false });
  } catch (e) {
    if (e instanceof AuthError) {
      const [reason, minutes] = String((e as { code?: string }).code ?? "invalid").split(":");
      throw new AppError(
        reason === "throttled" ? "rate_limited" : "unauthenticated",
        `auth.signInError.${reason ?? "invalid"}`,
        {
          minutes: Number(minutes ?? 0),
        },
      );
    }
    throw e;
  }
}

export const signIn = defineAction(
  "auth.signIn",
  signInSchema,
  async ({ input }) => {
    await startSession(input.identifier, input.password);
    return { next: "/account" };
  },
  { transaction: false },
);

export const signUp = defineAction(
  "auth.signUp",
  signUpSchema,
  async ({ input, ctx }) => {
    const { status } = await createAccount(ctx.db, input);
    if (status === "pending_consent") return { next: "/sign-in?pending=consent" };
    await startSession(input.email ?? input.phone!, input.password);
    return { next: "/account?welcome=1" };
  },
  { transaction: false },
);

export const signOut = defineAction("auth.signOut", z.object({}), async ({ ctx, tx }) => {
  await tx
    .update(sessions)
    .set({ revokedAt: sql`now()`, revokedReason: "signed_out" })
    .where(eq(sessions.id, ctx.actor!.sessionId));
  ctx.note({ targetType: "session", targetId: ctx.actor!.sessionId });
  await authJsSignOut({ redirect: false });
  return { next: "/sign-in?signedOut=1" };
});

// Step-up: the password typed again, in place, refreshes this session's confirmation time. Wrong tries count
// with the account's failed sign-ins (see throttle.ts) and are kept even though the confirmation is refused.
export const confirmPassword = defineAction("auth.confirmPassword", stepUpSchema, async ({ input, ctx, tx }) => {
  const actor = ctx.actor!;
  const { ip, userAgent } = ctx.request;
  const throttle = await throttleState(tx, { userId: actor.id }, ip);
  if (throttle.throttled) {
    const params = { minutes: throttle.retryAfterMinutes };
    throw new AppError("rate_limited", "auth.stepUp.throttled", params, { password: ["auth.stepUp.throttled"] });
  }
  const [user] = await tx.select({ hash: users.passwordHash }).from(users).where(eq(users.id, actor.id));
  if (!(await verifyPassword(user?.hash ?? null, input.password))) {
    // Counted by user (see throttle.ts); the keyed hash of no identifier anyone types keeps its column filled.
    await tx.insert(signInAttempts).values({
      userId: actor.id,
      identifierHash: identifierHash(authSecret(), `step-up:${actor.id}`),
      ip,
      userAgent,
      success: false,
      reason: "invalid",
    });
    throw new CommittedRefusal("unauthenticated", "auth.stepUp.wrong", {}, { password: ["auth.stepUp.wrong"] });
  }
  await tx
    .update(sessions)
    .set({ confirmedAt: sql`now()` })
    .where(eq(sessions.id, actor.sessionId));
  ctx.note({ targetType: "session", targetId: actor.sessionId });
  return { confirmed: true };
});
