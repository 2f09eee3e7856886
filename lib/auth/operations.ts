import "server-only";
import { eq, sql } from "drizzle-orm";
import { AuthError } from "next-auth";
import { z } from "zod";
import { defineAction } from "@/lib/access/action";
import { AppError } from "@/lib/access/errors";
import { sessions, users } from "@/lib/db/schema";
import { signIn as authJsSignIn, signOut as authJsSignOut } from "./config";
import { signInSchema } from "./identifier";
import { verifyPassword } from "./password";
import { signUpSchema, stepUpSchema } from "./schemas";
import { createAccount } from "./sign-up";

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

// Step-up: the password typed again, in place, refreshes this session's confirmation time.
export const confirmPassword = defineAction("auth.confirmPassword", stepUpSchema, async ({ input, ctx, tx }) => {
  const [user] = await tx.select({ hash: users.passwordHash }).from(users).where(eq(users.id, ctx.actor!.id));
  if (!(await verifyPassword(user?.hash ?? null, input.password))) {
    throw new AppError("unauthenticated", "auth.stepUp.wrong", {}, { password: ["auth.stepUp.wrong"] });
  }
  await tx
    .update(sessions)
    .set({ confirmedAt: sql`now()` })
    .where(eq(sessions.id, ctx.actor!.sessionId));
  ctx.note({ targetType: "session", targetId: ctx.actor!.sessionId });
  return { confirmed: true };
});
