import "server-only";
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/types";
import { sessions, signInAttempts, users } from "@/lib/db/schema";
import { authSecret, env } from "@/lib/env";
import { recordAudit } from "@/lib/audit/record";
import { identifierHash, normalizeIdentifier } from "./identifier";
import { verifyPassword } from "./password";
import { throttleState } from "./throttle";
import { describeUserAgent } from "./user-agent";

export type SignInFailure = "invalid" | "throttled" | "pending_consent" | "held";
export type SignInOutcome =
  { ok: true; userId: string; sessionId: string } | { ok: false; reason: SignInFailure; retryAfterMinutes?: number };

type Attempt = { identifier: string; password: string; ip: string | null; userAgent: string | null };

export async function signInWithPassword(db: Db, attempt: Attempt): Promise<SignInOutcome> {
  const id = normalizeIdentifier(attempt.identifier);
  const hash = identifierHash(authSecret(), id.value);
  const throttle = await throttleState(db, { identifierHash: hash }, attempt.ip);
  const [user] = await db
    .select({ id: users.id, passwordHash: users.passwordHash, status: users.status })
    .from(users)
    .where(id.kind === "phone" ? eq(users.phone, id.value) : eq(sql`lower(${users.email})`, id.value))
    .limit(1);
  const record = { userId: user?.id ?? null, identifierHash: hash, ip: attempt.ip, userAgent: attempt.userAgent };

  if (throttle.throttled) {
    await db.insert(signInAttempts).values({ ...record, success: false, reason: "throttled" });
    return { ok: false, reason: "throttled", retryAfterMinutes: throttle.retryAfterMinutes };
  }
  // The password is checked outside any transaction: hashing is slow and needs no lock.
  const valid = await verifyPassword(user?.passwordHash ?? null, attempt.password);
  const blocked = valid && user ? blockedReason(user.status) : null;
  if (!valid || !user || blocked) {
    const reason = blocked ?? "invalid";
    await db.transaction(async (tx) => {
      await tx.insert(signInAttempts).values({ ...record, success: false, reason });
      if (user)
        await recordAudit(tx, {
          operation: "auth.signIn",
          outcome: "denied",
          actorId: null,
          subjectId: user.id,
          via: "anonymous",
          detail: { reason },
        });
    });
    return { ok: false, reason };
  }

  const { browser, device } = describeUserAgent(attempt.userAgent);
  const sessionId = await db.transaction(async (tx) => {
    const [session] = await tx
      .insert(sessions)
      .values({
        userId: user.id,
        ip: attempt.ip,
        userAgent: attempt.userAgent,
        browser,
        device,
        expiresAt: sql`now() + make_interval(days => ${env.SESSION_DAYS})`,
      })
      .returning({ id: sessions.id });
    await tx.insert(signInAttempts).values({ ...record, success: true, reason: "ok" });
    await recordAudit(tx, {
      operation: "auth.signIn",
      actorId: user.id,
      subjectId: user.id,
      via: "self",
      targetType: "session",
      targetId: session!.id,
    });
    return session!.id;
  });
  return { ok: true, userId: user.id, sessionId };
}

// Erased accounts no longer exist to sign in to; a child waits for the guardian; a held account waits for review.
function blockedReason(status: string): SignInFailure | null {
  if (status === "erased") return "invalid";
  if (status === "pending_consent") return "pending_consent";
  if (status === "held") return "held";
  return null;
}
