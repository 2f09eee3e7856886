import { count, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { defineAction, runAction } from "@/lib/access/action";
import { AppError } from "@/lib/access/errors";
import { auditEvents, sessions, users } from "@/lib/db/schema";
import { createSession, createUser, linkGuardian, requestAs } from "../support/factories";

// A real operation name is needed; the body is the test's own.
const renameSchema = z.object({
  nickname: z.string().trim().min(1).max(20),
  version: z.coerce.number().int().positive(),
});

function renameAction(fail?: "app" | "crash") {
  return defineAction("account.view", renameSchema, async ({ input, ctx, tx }) => {
    await tx.update(users).set({ nickname: input.nickname }).where(eq(users.id, ctx.subjectId!));
    ctx.note({ targetType: "user", targetId: ctx.subjectId!, fields: ["nickname"] });
    if (fail === "app") throw new AppError("conflict");
    if (fail === "crash") throw new Error("disk on fire: secret detail");
    return { renamed: true };
  });
}

const auditCount = async () => (await getDb().select({ n: count() }).from(auditEvents))[0]!.n;
const nickname = async (id: string) =>
  (await getDb().select({ n: users.nickname }).from(users).where(eq(users.id, id)))[0]!.n;

describe("the action pipeline", () => {
  it("runs the body and writes its audit event in the same transaction", async () => {
    const user = await createUser();
    const result = await runAction(
      renameAction(),
      { nickname: "Ally", version: "1" },
      requestAs(await createSession(user.id)),
    );
    expect(result).toEqual({ ok: true, data: { renamed: true } });
    expect(await nickname(user.id)).toBe("Ally");
    const [event] = await getDb().select().from(auditEvents);
    expect(event).toMatchObject({
      operation: "account.view",
      actorId: user.id,
      subjectId: user.id,
      via: "self",
      fields: ["nickname"],
    });
    expect(JSON.stringify(event)).not.toContain("Ally");
  });

  it("accepts FormData and reports field errors without writing anything", async () => {
    const user = await createUser();
    const form = new FormData();
    form.set("nickname", "   ");
    form.set("version", "-3");
    form.set("$ACTION_ID_abc", "");
    const result = await runAction(renameAction(), form, requestAs(await createSession(user.id)));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("invalid_input");
    expect(Object.keys(result.error.fields!).sort()).toEqual(["nickname", "version"]);
    expect(result.error.fields!.nickname![0]).toMatch(/at least 1/);
    expect(await auditCount()).toBe(0);
  });

  it("rolls back the change and its audit event together when the body fails", async () => {
    const user = await createUser();
    const before = await nickname(user.id);
    const sid = await createSession(user.id);
    const refused = await runAction(renameAction("app"), { nickname: "Nope", version: 1 }, requestAs(sid));
    expect(refused).toMatchObject({ ok: false, error: { code: "conflict" } });
    const crashed = await runAction(renameAction("crash"), { nickname: "Nope", version: 1 }, requestAs(sid));
    expect(crashed).toMatchObject({ ok: false, error: { code: "internal" } });
    // The raw error never reaches the client.
    expect(JSON.stringify(crashed)).not.toContain("disk on fire");
    expect(await nickname(user.id)).toBe(before);
    expect(await auditCount()).toBe(0);
  });

  it("refuses anonymous callers, revoked and expired sessions, and held or erased accounts", async () => {
    const user = await createUser();
    expect(await runAction(renameAction(), { nickname: "A", version: 1 }, requestAs(null))).toMatchObject({
      ok: false,
      error: { code: "unauthenticated" },
    });
    const revoked = await createSession(user.id);
    await getDb()
      .update(sessions)
      .set({ revokedAt: sql`now()` })
      .where(eq(sessions.id, revoked));
    expect(await runAction(renameAction(), { nickname: "A", version: 1 }, requestAs(revoked))).toMatchObject({
      ok: false,
      error: { code: "unauthenticated" },
    });
    const expired = await createSession(user.id);
    await getDb()
      .update(sessions)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(sessions.id, expired));
    expect(await runAction(renameAction(), { nickname: "A", version: 1 }, requestAs(expired))).toMatchObject({
      ok: false,
      error: { code: "unauthenticated" },
    });
    const held = await createUser({ status: "held" });
    expect(
      await runAction(renameAction(), { nickname: "A", version: 1 }, requestAs(await createSession(held.id))),
    ).toMatchObject({ ok: false, error: { code: "unauthenticated" } });
    expect(await runAction(renameAction(), { nickname: "A", version: 1 }, requestAs("not-a-session-id"))).toMatchObject(
      { ok: false, error: { code: "unauthenticated" } },
    );
    expect(await nickname(user.id)).not.toBe("A");
  });

  it("acts on a minor only for their guardian, and records a refused attempt", async () => {
    const minor = await createUser({ age: 12 });
    const guardian = await createUser({ age: 40 });
    const stranger = await createUser();
    await linkGuardian(guardian.id, minor.id);
    const asGuardian = await runAction(
      renameAction(),
      { nickname: "Kiddo", version: 1 },
      requestAs(await createSession(guardian.id), minor.id),
    );
    expect(asGuardian.ok).toBe(true);
    const [event] = await getDb().select().from(auditEvents);
    expect(event).toMatchObject({ actorId: guardian.id, subjectId: minor.id, via: "guardian" });

    const asStranger = await runAction(
      renameAction(),
      { nickname: "Hacked", version: 1 },
      requestAs(await createSession(stranger.id), minor.id),
    );
    expect(asStranger).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await nickname(minor.id)).toBe("Kiddo");
    const denied = await getDb().select().from(auditEvents).where(eq(auditEvents.outcome, "denied"));
    expect(denied).toHaveLength(1);
    expect(denied[0]).toMatchObject({ actorId: stranger.id, subjectId: minor.id });
  });

  it("demands a recent password confirmation for step-up operations", async () => {
    const user = await createUser({ phone: "13700001111" });
    const reveal = defineAction("account.revealContact", z.object({}), async ({ ctx, tx }) => {
      const [row] = await tx.select({ phone: users.phone }).from(users).where(eq(users.id, ctx.subjectId!));
      return row!.phone;
    });
    const stale = await createSession(user.id, { confirmedMinutesAgo: 11 });
    expect(await runAction(reveal, {}, requestAs(stale))).toMatchObject({
      ok: false,
      error: { code: "step_up_required" },
    });
    const fresh = await createSession(user.id, { confirmedMinutesAgo: 2 });
    expect(await runAction(reveal, {}, requestAs(fresh))).toEqual({ ok: true, data: "13700001111" });
  });

  it("answers in the caller's language", async () => {
    const result = await runAction(
      renameAction(),
      { nickname: "A", version: 1 },
      { ...requestAs(null), locale: "zh-CN" },
    );
    expect(result).toMatchObject({ ok: false, error: { message: "请先登录。" } });
  });
});
