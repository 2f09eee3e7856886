import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { runAction } from "@/lib/access/action";
import { loadActor } from "@/lib/auth/actor";
import { revokeOtherSessions, revokeSession, sessionsList } from "@/lib/security/operations";
import {
  listSessions,
  loadSecurityPage,
  OWN_SECURITY_PAGE,
  signInHistory,
  toSecurityPage,
  type SecurityRow,
} from "@/lib/security/queries";
import { listLogins } from "@/lib/logins/queries";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { auditEvents, linkedLogins, sessions } from "@/lib/db/schema";
import { createSession, createUser, linkGuardian, PASSWORD, requestAs } from "../support/factories";

describe("sessions and sign-in history", () => {
  it("lists only the shopper's own live sessions, marking this one", async () => {
    const me = await createUser();
    const other = await createUser();
    const current = await createSession(me.id);
    const laptop = await createSession(me.id);
    await createSession(other.id);
    const result = await runAction(sessionsList, {}, requestAs(current));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.map((s) => s.id).sort()).toEqual([current, laptop].sort());
    expect(result.data.find((s) => s.id === current)?.current).toBe(true);
    // Reading one's own sessions leaves no trail entry; changes do.
    expect(await getDb().select().from(auditEvents)).toHaveLength(0);
  });

  it("marks a session seen again after a minute, also when its requests arrive together", async () => {
    const me = await createUser();
    const current = await createSession(me.id);
    const seen = async () =>
      (await getDb().select({ at: sessions.lastSeenAt }).from(sessions).where(eq(sessions.id, current)))[0]!.at;
    const fresh = await seen();
    await loadActor(getDb(), current);
    expect(await seen()).toEqual(fresh);

    const longAgo = new Date(Date.now() - 5 * 60_000);
    await getDb().update(sessions).set({ lastSeenAt: longAgo }).where(eq(sessions.id, current));
    const actors = await Promise.all(Array.from({ length: 5 }, () => loadActor(getDb(), current)));
    expect(actors.every((a) => a?.id === me.id)).toBe(true);
    const after = await seen();
    expect(after.getTime()).toBeGreaterThan(longAgo.getTime() + 4 * 60_000);
    // Once marked, a second look within the minute leaves the row as it is.
    await loadActor(getDb(), current);
    expect(await seen()).toEqual(after);
  });

  it("signs out one other session, which is refused on its next request", async () => {
    const me = await createUser();
    const current = await createSession(me.id);
    const phone = await createSession(me.id);
    const result = await runAction(revokeSession, { sessionId: phone }, requestAs(current));
    expect(result).toEqual({ ok: true, data: { revoked: 1 } });
    expect(await loadActor(getDb(), phone)).toBeNull();
    expect(await loadActor(getDb(), current)).not.toBeNull();
    const [event] = await getDb().select().from(auditEvents);
    expect(event).toMatchObject({ operation: "sessions.revoke", targetId: phone, actorId: me.id });
  });

  it("cannot end someone else's session, nor its own through this door", async () => {
    const me = await createUser();
    const victim = await createUser();
    const current = await createSession(me.id);
    const theirs = await createSession(victim.id);
    expect(await runAction(revokeSession, { sessionId: theirs }, requestAs(current))).toMatchObject({
      ok: false,
      error: { code: "not_found" },
    });
    expect(await loadActor(getDb(), theirs)).not.toBeNull();
    expect(await runAction(revokeSession, { sessionId: current }, requestAs(current))).toMatchObject({
      ok: false,
      error: { code: "conflict", message: "To sign out this device, use Sign out in the menu." },
    });
    expect(await runAction(revokeSession, { sessionId: "1; drop table sessions" }, requestAs(current))).toMatchObject({
      ok: false,
      error: { code: "invalid_input" },
    });
  });

  it("signs out every other session at once and keeps this one", async () => {
    const me = await createUser();
    const current = await createSession(me.id);
    await createSession(me.id);
    await createSession(me.id);
    expect(await runAction(revokeOtherSessions, {}, requestAs(current))).toEqual({ ok: true, data: { revoked: 2 } });
    const live = await getDb().select().from(sessions).where(eq(sessions.userId, me.id));
    expect(live.filter((s) => !s.revokedAt).map((s) => s.id)).toEqual([current]);
  });

  it("is the shopper's own: a guardian cannot list or end a minor's sessions", async () => {
    const minor = await createUser({ age: 12 });
    const guardian = await createUser({ age: 40 });
    await linkGuardian(guardian.id, minor.id);
    const asGuardian = requestAs(await createSession(guardian.id), minor.id);
    expect(await runAction(sessionsList, {}, asGuardian)).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await runAction(revokeOtherSessions, {}, asGuardian)).toMatchObject({
      ok: false,
      error: { code: "forbidden" },
    });
  });

  it("shows failed and successful sign-ins of the last 90 days", async () => {
    const me = await createUser({ email: "hist@example.com" });
    await signInWithPassword(getDb(), {
      identifier: "hist@example.com",
      password: "wrong one",
      ip: "198.51.100.9",
      userAgent: null,
    });
    await signInWithPassword(getDb(), {
      identifier: "hist@example.com",
      password: PASSWORD,
      ip: "198.51.100.9",
      userAgent: null,
    });
    const history = await signInHistory(getDb(), me.id);
    expect(history.map((h) => h.success)).toEqual([true, false]);
    expect(history[1]).toMatchObject({ reason: "invalid", ip: "198.51.100.9" });
  });

  it("the security page's single query returns exactly what the two lists return", async () => {
    const me = await createUser({ email: "page@example.com" });
    const current = await createSession(me.id);
    await createSession(me.id);
    await createSession((await createUser()).id);
    await getDb()
      .insert(linkedLogins)
      .values([
        { userId: me.id, provider: "wechat", externalId: "wx-123456", displayName: null },
        { userId: me.id, provider: "qq", externalId: "qq-1", displayName: "Me" },
      ]);
    for (const password of ["wrong one", PASSWORD]) {
      await signInWithPassword(getDb(), {
        identifier: "page@example.com",
        password,
        ip: "198.51.100.7",
        userAgent: null,
      });
    }
    const page = await loadSecurityPage(me.id, current);
    expect(page.sessions).toEqual(await listSessions(getDb(), me.id, current));
    expect(page.history).toEqual(await signInHistory(getDb(), me.id));
    expect(page.history).toHaveLength(2);
    expect(page.logins).toEqual(await listLogins(getDb(), me.id));
    // The same page read with the session check, as the page itself asks for it.
    const actor = await loadActor(getDb(), current, OWN_SECURITY_PAGE);
    expect(actor?.id).toBe(me.id);
    expect(toSecurityPage(actor!.own as SecurityRow, current)).toEqual(page);
  });
});
