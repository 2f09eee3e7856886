import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { runAction } from "@/lib/access/action";
import { loadActor } from "@/lib/auth/actor";
import { verifyPassword } from "@/lib/auth/password";
import { changePassword } from "@/lib/password/operations";
import { auditEvents, mailOutbox, sessions, users } from "@/lib/db/schema";
import {
  createSession,
  createUser,
  grantSupport,
  lastMessageTo,
  linkGuardian,
  PASSWORD,
  requestAs,
} from "../support/factories";

const STRONG = "lantern quietly orbits marmalade";
const db = () => getDb();
const hashOf = async (id: string) =>
  (await db().select({ h: users.passwordHash }).from(users).where(eq(users.id, id)))[0]!.h;
const liveSessions = async (userId: string) =>
  (await db().select().from(sessions).where(eq(sessions.userId, userId))).filter((s) => !s.revokedAt).map((s) => s.id);
const outboxCount = async () => (await db().select({ n: count() }).from(mailOutbox))[0]!.n;

const change = (extra: Record<string, unknown> = {}) => ({
  currentPassword: PASSWORD,
  newPassword: STRONG,
  confirmPassword: STRONG,
  signOutOthers: "on",
  ...extra,
});

describe("changing the password", () => {
  it("changes it, signs out every other session, keeps this one, and tells the account's email", async () => {
    const me = await createUser({ email: "pw@example.com" });
    const current = await createSession(me.id);
    const other = await createSession(me.id);
    const result = await runAction(changePassword, change(), requestAs(current));
    expect(result).toEqual({ ok: true, data: { signedOutOthers: 1 } });
    const hash = await hashOf(me.id);
    expect(await verifyPassword(hash, STRONG)).toBe(true);
    expect(await verifyPassword(hash, PASSWORD)).toBe(false);
    expect(await liveSessions(me.id)).toEqual([current]);
    expect(await loadActor(db(), other)).toBeNull();
    const notice = await lastMessageTo("pw@example.com");
    expect(notice).toMatchObject({ channel: "email", subject: "Your password was changed" });
    expect(notice!.body).toContain("Every other device was signed out.");
    const [event] = await db().select().from(auditEvents);
    expect(event).toMatchObject({ operation: "password.change", fields: ["password"], detail: { sessionsEnded: 1 } });
    expect(JSON.stringify(event)).not.toContain(STRONG);
  });

  it("keeps the other sessions when the box is unticked (an unticked box is simply absent)", async () => {
    const me = await createUser();
    const current = await createSession(me.id);
    const other = await createSession(me.id);
    const form = new FormData();
    for (const [k, v] of Object.entries(change({ signOutOthers: undefined }))) if (v) form.set(k, String(v));
    expect(await runAction(changePassword, form, requestAs(current))).toEqual({
      ok: true,
      data: { signedOutOthers: 0 },
    });
    expect((await liveSessions(me.id)).sort()).toEqual([current, other].sort());
  });

  it("tells a phone-only account by SMS, in its language", async () => {
    const me = await createUser({ phone: "13700001234" });
    await db().update(users).set({ email: null, locale: "zh-CN" }).where(eq(users.id, me.id));
    expect((await runAction(changePassword, change(), requestAs(await createSession(me.id)))).ok).toBe(true);
    const sms = await lastMessageTo("13700001234");
    expect(sms).toMatchObject({ channel: "sms" });
    expect(sms!.body).toContain("密码刚刚被修改");
  });

  it("refuses a wrong current password; the old one still works and nobody is signed out", async () => {
    const me = await createUser();
    const current = await createSession(me.id);
    await createSession(me.id);
    const before = await hashOf(me.id);
    const result = await runAction(changePassword, change({ currentPassword: "not it at all" }), requestAs(current));
    expect(result).toMatchObject({
      ok: false,
      error: { code: "invalid_input", fields: { currentPassword: ["That is not your current password."] } },
    });
    expect(await hashOf(me.id)).toBe(before);
    expect(await liveSessions(me.id)).toHaveLength(2);
    expect(await outboxCount()).toBe(0);
  });

  it("refuses a weak password with the estimator's feedback, and changes nothing", async () => {
    const me = await createUser();
    const current = await createSession(me.id);
    await createSession(me.id);
    const before = await hashOf(me.id);
    for (const weak of ["password123", "qwertyuiop", "aaaaaaaaaaaa", `${me.username}2024`]) {
      const result = await runAction(
        changePassword,
        change({ newPassword: weak, confirmPassword: weak }),
        requestAs(current),
      );
      expect(result.ok, weak).toBe(false);
      if (result.ok) continue;
      const messages = result.error.fields!.newPassword!;
      expect(messages[0]).toBe("This password is too easy to guess.");
      // At least one specific hint from the estimator follows.
      expect(messages.length, weak).toBeGreaterThan(1);
    }
    const own = await runAction(
      changePassword,
      change({ newPassword: `${me.username}2024`, confirmPassword: `${me.username}2024` }),
      requestAs(current),
    );
    expect(JSON.stringify(own)).toMatch(/should not contain your name, username/);
    expect(await hashOf(me.id)).toBe(before);
    expect(await liveSessions(me.id)).toHaveLength(2);
    expect(await db().select().from(auditEvents)).toHaveLength(0);
  });

  it("gives the feedback in Chinese to a Chinese-speaking user", async () => {
    const me = await createUser();
    const request = { ...requestAs(await createSession(me.id)), locale: "zh-CN" as const };
    const result = await runAction(
      changePassword,
      change({ newPassword: "password123", confirmPassword: "password123" }),
      request,
    );
    expect(JSON.stringify(result)).toContain("这个密码太容易被猜到。");
  });

  it("names each bad field for malformed and hostile input, and writes nothing", async () => {
    const me = await createUser();
    const current = await createSession(me.id);
    const before = await hashOf(me.id);
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [change({ confirmPassword: "something else entirely" }), "confirmPassword", /do not match/],
      [change({ newPassword: "short", confirmPassword: "short" }), "newPassword", /at least 10/],
      [change({ newPassword: "x".repeat(10_000), confirmPassword: "x".repeat(10_000) }), "newPassword", /at most 128/],
      [change({ currentPassword: "y".repeat(10_000) }), "currentPassword", /at most 256/],
      [change({ currentPassword: 12345 }), "currentPassword", /wrong type|required/],
      [change({ newPassword: ["a", "b"] }), "newPassword", /./],
      [change({ currentPassword: PASSWORD, newPassword: PASSWORD, confirmPassword: PASSWORD }), "newPassword", /./],
      // A password is only ever hashed, so markup in it is harmless; as a wrong current password it is just wrong.
      [change({ currentPassword: "<script>alert(1)</script>" }), "currentPassword", /not your current password/],
    ];
    for (const [input, field, message] of cases) {
      const result = await runAction(changePassword, input, requestAs(current));
      expect(result.ok, field).toBe(false);
      if (result.ok) continue;
      expect(result.error.fields?.[field]?.join(" "), JSON.stringify(input).slice(0, 80)).toMatch(message);
    }
    expect(await hashOf(me.id)).toBe(before);
    expect(await outboxCount()).toBe(0);
  });

  it("refuses the current password as the new one", async () => {
    const me = await createUser();
    const same = "Correct-Horse-Battery-Staple-99";
    await runAction(
      changePassword,
      change({ newPassword: same, confirmPassword: same }),
      requestAs(await createSession(me.id)),
    );
    const again = await runAction(
      changePassword,
      change({ currentPassword: same, newPassword: same, confirmPassword: same }),
      requestAs(await createSession(me.id)),
    );
    expect(again).toMatchObject({
      ok: false,
      error: { fields: { newPassword: ["Please choose a password different from the current one."] } },
    });
  });

  it("needs a recent password confirmation", async () => {
    const me = await createUser();
    const stale = requestAs(await createSession(me.id, { confirmedMinutesAgo: 11 }));
    expect(await runAction(changePassword, change(), stale)).toMatchObject({
      ok: false,
      error: { code: "step_up_required" },
    });
    expect(await verifyPassword(await hashOf(me.id), PASSWORD)).toBe(true);
  });

  it("is the holder's own: neither a guardian nor support can change it", async () => {
    const minor = await createUser({ age: 15 });
    const guardian = await createUser({ age: 40 });
    const agent = await createUser({ roles: ["support"] });
    await linkGuardian(guardian.id, minor.id);
    await grantSupport(agent.id, minor.id, "write");
    for (const actor of [guardian, agent]) {
      const result = await runAction(changePassword, change(), requestAs(await createSession(actor.id), minor.id));
      expect(result).toMatchObject({ ok: false, error: { code: "forbidden" } });
    }
    expect(await verifyPassword(await hashOf(minor.id), PASSWORD)).toBe(true);
  });
});
