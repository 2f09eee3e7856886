import { and, count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { loadActor } from "@/lib/auth/actor";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { runAction } from "@/lib/access/action";
import { confirmPassword } from "@/lib/auth/operations";
import { auditEvents, sessions, signInAttempts } from "@/lib/db/schema";
import { createSession, createUser, PASSWORD, requestAs } from "../support/factories";

const attempt = (identifier: string, password: string, ip = "198.51.100.1") =>
  signInWithPassword(getDb(), { identifier, password, ip, userAgent: "Mozilla/5.0 (Windows NT 10.0) Chrome/156.0" });

describe("signing in with a password", () => {
  it("opens a session row by email or mobile number and records the attempt", async () => {
    const user = await createUser({ email: "Mia@Example.com", phone: "13811112222" });
    const byEmail = await attempt("  mia@example.COM ", PASSWORD);
    expect(byEmail).toMatchObject({ ok: true, userId: user.id });
    const byPhone = await attempt("138 1111 2222", PASSWORD);
    expect(byPhone.ok).toBe(true);
    const rows = await getDb().select().from(sessions).where(eq(sessions.userId, user.id));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ browser: "Chrome 156", device: "Windows computer", ip: "198.51.100.1" });
    if (byEmail.ok) expect(await loadActor(getDb(), byEmail.sessionId)).toMatchObject({ id: user.id });
    const [audit] = await getDb()
      .select({ n: count() })
      .from(auditEvents)
      .where(eq(auditEvents.operation, "auth.signIn"));
    expect(audit!.n).toBe(2);
  });

  it("gives the same answer for a wrong password and an unknown account", async () => {
    await createUser({ email: "known@example.com" });
    expect(await attempt("known@example.com", "wrong password")).toEqual({ ok: false, reason: "invalid" });
    expect(await attempt("nobody@example.com", "wrong password")).toEqual({ ok: false, reason: "invalid" });
  });

  it("pauses an account after five failures, even for the right password, and says for how long", async () => {
    const user = await createUser({ email: "target@example.com" });
    for (let i = 0; i < 5; i++) await attempt("target@example.com", `guess ${i}`, `203.0.113.${i}`);
    const paused = await attempt("target@example.com", PASSWORD, "203.0.113.99");
    expect(paused).toMatchObject({ ok: false, reason: "throttled" });
    expect(paused.ok ? 0 : paused.retryAfterMinutes).toBeGreaterThanOrEqual(14);
    const opened = await getDb().select().from(sessions).where(eq(sessions.userId, user.id));
    expect(opened).toHaveLength(0);
    // The limit is kept in the database, where every app instance sees it.
    const [failures] = await getDb()
      .select({ n: count() })
      .from(signInAttempts)
      .where(and(eq(signInAttempts.userId, user.id), eq(signInAttempts.success, false)));
    expect(failures!.n).toBe(6);
  });

  it("pauses an address that tries many accounts", async () => {
    const user = await createUser({ email: "victim@example.com" });
    for (let i = 0; i < 30; i++) await attempt(`spray${i}@example.com`, "password123", "192.0.2.50");
    expect(await attempt("victim@example.com", PASSWORD, "192.0.2.50")).toMatchObject({
      ok: false,
      reason: "throttled",
    });
    expect(await attempt("victim@example.com", PASSWORD, "192.0.2.51")).toMatchObject({ ok: true, userId: user.id });
  }, 60_000);

  it("keeps a child waiting for consent, and a held account, out", async () => {
    await createUser({ email: "kid@example.com", age: 11, status: "pending_consent" });
    await createUser({ email: "held@example.com", age: 15, status: "held" });
    await createUser({ email: "gone@example.com", status: "erased" });
    expect(await attempt("kid@example.com", PASSWORD)).toEqual({ ok: false, reason: "pending_consent" });
    expect(await attempt("held@example.com", PASSWORD)).toEqual({ ok: false, reason: "held" });
    expect(await attempt("gone@example.com", PASSWORD)).toEqual({ ok: false, reason: "invalid" });
    // A wrong password does not reveal the account's state.
    expect(await attempt("kid@example.com", "nope nope nope")).toEqual({ ok: false, reason: "invalid" });
  });

  it("pauses the in-session password confirmation after five wrong tries, counting failed sign-ins too", async () => {
    const user = await createUser({ email: "stolen@example.com" });
    const session = await createSession(user.id);
    const confirm = (password: string) => runAction(confirmPassword, { password }, requestAs(session));
    const confirmedAt = async () =>
      (await getDb().select({ at: sessions.confirmedAt }).from(sessions).where(eq(sessions.id, session)))[0]!.at;
    const before = await confirmedAt();

    await attempt("stolen@example.com", "guess at the door");
    for (let i = 0; i < 4; i++) {
      expect(await confirm(`guess ${i}`)).toMatchObject({
        ok: false,
        error: { code: "unauthenticated", fields: { password: ["That password is not correct."] } },
      });
    }
    // Each refusal is kept, though the confirmation itself is refused.
    const [failures] = await getDb()
      .select({ n: count() })
      .from(signInAttempts)
      .where(and(eq(signInAttempts.userId, user.id), eq(signInAttempts.success, false)));
    expect(failures!.n).toBe(5);

    const paused = await confirm(PASSWORD);
    expect(paused).toMatchObject({ ok: false, error: { code: "rate_limited" } });
    expect(paused.ok ? "" : paused.error.fields?.password?.[0]).toMatch(/Try again in 1[45] minutes/);
    expect(await confirmedAt()).toEqual(before);
  });
});
