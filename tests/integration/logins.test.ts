import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { runAction } from "@/lib/access/action";
import { loginsList, unbindLogin } from "@/lib/logins/operations";
import { linkedLogins, users } from "@/lib/db/schema";
import { createSession, createUser, grantSupport, linkGuardian, requestAs } from "../support/factories";

async function shopper(opts: { password?: boolean; age?: number } = {}) {
  const user = await createUser({ age: opts.age ?? 30 });
  if (opts.password === false) await getDb().update(users).set({ passwordHash: null }).where(eq(users.id, user.id));
  return { user, req: requestAs(await createSession(user.id)) };
}

async function link(userId: string, providers: string[]) {
  return getDb()
    .insert(linkedLogins)
    .values(
      providers.map((provider, i) => ({
        userId,
        provider,
        externalId: `${provider}-${userId}-${i}`,
        displayName: provider === "weibo" ? null : `Someone (${provider})`,
      })),
    )
    .returning({ id: linkedLogins.id, provider: linkedLogins.provider });
}

const loginsOf = async (userId: string) =>
  (await getDb().select({ provider: linkedLogins.provider }).from(linkedLogins).where(eq(linkedLogins.userId, userId)))
    .map((l) => l.provider)
    .sort();

describe("linked logins", () => {
  it("lists provider, name and date; a handle without a name is masked, the external id never shown", async () => {
    const { user, req } = await shopper();
    await link(user.id, ["wechat", "weibo"]);
    const result = await runAction(loginsList, {}, req);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.hasPassword).toBe(true);
    const byProvider = Object.fromEntries(result.data.logins.map((l) => [l.provider, l]));
    expect(byProvider.wechat).toMatchObject({ name: "Someone (wechat)", linkedAt: expect.any(String) });
    expect(byProvider.weibo!.name).toMatch(/^we\*\*\*-1$/);
    expect(JSON.stringify(result.data)).not.toContain(user.id);
  });

  it("lets a shopper with a password unbind every linked login", async () => {
    const { user, req } = await shopper();
    const [a, b] = await link(user.id, ["wechat", "alipay"]);
    expect(await runAction(unbindLogin, { id: a!.id }, req)).toMatchObject({ ok: true });
    expect(await runAction(unbindLogin, { id: b!.id }, req)).toMatchObject({
      ok: true,
      data: { logins: [], hasPassword: true },
    });
    expect(await loginsOf(user.id)).toEqual([]);
  });

  it("refuses to unbind the last way to sign in of an account without a password, with the reason", async () => {
    const { user, req } = await shopper({ password: false });
    const [wechat, qq] = await link(user.id, ["wechat", "qq"]);
    expect(await runAction(unbindLogin, { id: wechat!.id }, req)).toMatchObject({ ok: true });
    const refused = await runAction(unbindLogin, { id: qq!.id }, req);
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: "conflict",
        message: "This is the only way left to sign in to this account, so it was not unbound. Set a password first.",
      },
    });
    const zh = await runAction(unbindLogin, { id: qq!.id }, { ...req, locale: "zh-CN" });
    expect(zh).toMatchObject({
      ok: false,
      error: { message: "这是此账号仅剩的登录方式，因此未解除绑定。请先设置密码。" },
    });
    expect(await loginsOf(user.id)).toEqual(["qq"]);
  });

  it("lets only one of two unbinds sent at once through when they are the last two ways in", async () => {
    const { user, req } = await shopper({ password: false });
    const [a, b] = await link(user.id, ["wechat", "qq"]);
    const results = await Promise.all([
      runAction(unbindLogin, { id: a!.id }, req),
      runAction(unbindLogin, { id: b!.id }, req),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(await loginsOf(user.id)).toHaveLength(1);
  });

  it("answers another shopper's login id with not-found, and it stays linked", async () => {
    const owner = await shopper();
    const [login] = await link(owner.user.id, ["wechat"]);
    const intruder = await shopper();
    await link(intruder.user.id, ["qq"]);
    expect(await runAction(unbindLogin, { id: login!.id }, intruder.req)).toMatchObject({
      ok: false,
      error: { code: "not_found" },
    });
    expect(await loginsOf(owner.user.id)).toEqual(["wechat"]);
    expect(await loginsOf(intruder.user.id)).toEqual(["qq"]);
  });

  it("refuses hostile input and writes nothing", async () => {
    const { user, req } = await shopper();
    await link(user.id, ["wechat"]);
    for (const input of [{ id: "<script>" }, { id: "x".repeat(10_000) }, { id: 7 }, {}, "not an object"]) {
      expect(await runAction(unbindLogin, input, req)).toMatchObject({ ok: false, error: { code: "invalid_input" } });
    }
    expect(await loginsOf(user.id)).toEqual(["wechat"]);
  });

  it("asks for a recent sign-in before unbinding", async () => {
    const user = await createUser();
    const [login] = await link(user.id, ["wechat"]);
    const stale = requestAs(await createSession(user.id, { confirmedMinutesAgo: 60 }));
    expect(await runAction(unbindLogin, { id: login!.id }, stale)).toMatchObject({
      ok: false,
      error: { code: "step_up_required" },
    });
    expect(await loginsOf(user.id)).toEqual(["wechat"]);
  });

  it("lets a guardian unbind a minor's login; support may only look", async () => {
    const { user: minor } = await shopper({ age: 13 });
    const [wechat, qq] = await link(minor.id, ["wechat", "qq"]);
    const guardian = await createUser({ age: 40 });
    await linkGuardian(guardian.id, minor.id);
    for (const mode of ["read", "write"] as const) {
      const agent = await createUser({ roles: ["support"] });
      await grantSupport(agent.id, minor.id, mode);
      const req = requestAs(await createSession(agent.id), minor.id);
      expect(await runAction(loginsList, {}, req)).toMatchObject({ ok: true });
      expect(await runAction(unbindLogin, { id: qq!.id }, req)).toMatchObject({
        ok: false,
        error: { code: "forbidden" },
      });
    }
    const byGuardian = requestAs(await createSession(guardian.id), minor.id);
    expect(await runAction(unbindLogin, { id: wechat!.id }, byGuardian)).toMatchObject({ ok: true });
    expect(await loginsOf(minor.id)).toEqual(["qq"]);
  });
});
