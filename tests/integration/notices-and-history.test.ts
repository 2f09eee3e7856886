import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { runAction } from "@/lib/access/action";
import { browsingEvents, interestTags, notifications, searchEvents } from "@/lib/db/schema";
import { clearHistory, deleteInterestTag } from "@/lib/collection/operations";
import { markAllNoticesRead, markNoticeRead, noticesList } from "@/lib/notices/operations";
import { createSession, createUser, grantSupport, linkGuardian, requestAs } from "../support/factories";
import { seedProducts, tagUser } from "../support/shop";

async function shopper() {
  const user = await createUser();
  return { user, req: requestAs(await createSession(user.id)) };
}

async function notify(userId: string, title: string) {
  const [n] = await getDb()
    .insert(notifications)
    .values({ userId, kind: "security", title, body: "body" })
    .returning({ id: notifications.id });
  return n!.id;
}

describe("the notices inbox", () => {
  it("lists the subject's notices and marks one or all as read, never someone else's", async () => {
    const me = await shopper();
    const other = await shopper();
    const mine = await notify(me.user.id, "New sign-in");
    await notify(me.user.id, "Password changed");
    const theirs = await notify(other.user.id, "Not yours");
    expect(await runAction(noticesList, {}, me.req)).toMatchObject({ ok: true, data: [{}, {}] });
    const marked = await runAction(markNoticeRead, { id: mine }, me.req);
    if (!marked.ok) throw new Error("mark failed");
    expect(marked.data.find((n) => n.id === mine)!.read).toBe(true);
    expect(await runAction(markNoticeRead, { id: theirs }, me.req)).toMatchObject({
      ok: false,
      error: { code: "not_found" },
    });
    expect(await runAction(markAllNoticesRead, {}, me.req)).toMatchObject({ ok: true });
    const [left] = await getDb().select().from(notifications).where(eq(notifications.id, theirs));
    expect(left!.readAt).toBeNull();
  });

  it("may be read by support with a grant, but only marked read by the shopper or a guardian", async () => {
    const child = await createUser({ age: 12 });
    const guardian = await createUser({ age: 40 });
    const agent = await createUser({ roles: ["support"] });
    await linkGuardian(guardian.id, child.id);
    await grantSupport(agent.id, child.id, "write");
    const id = await notify(child.id, "Hello");
    const asAgent = requestAs(await createSession(agent.id), child.id);
    expect(await runAction(noticesList, {}, asAgent)).toMatchObject({ ok: true });
    expect(await runAction(markNoticeRead, { id }, asAgent)).toMatchObject({ ok: false, error: { code: "forbidden" } });
    const asGuardian = requestAs(await createSession(guardian.id), child.id);
    expect(await runAction(markNoticeRead, { id }, asGuardian)).toMatchObject({ ok: true });
  });
});

describe("clearing history and deleting inferred tags", () => {
  it("clears all browsing or search records and says how many went", async () => {
    const [product] = await seedProducts(["home"]);
    const { user, req } = await shopper();
    const other = await shopper();
    await getDb()
      .insert(browsingEvents)
      .values([1, 2, 3].map(() => ({ userId: user.id, productId: product!.id })));
    await getDb().insert(browsingEvents).values({ userId: other.user.id, productId: product!.id });
    await getDb().insert(searchEvents).values({ userId: user.id, query: "tea" });
    expect(await runAction(clearHistory, { kind: "browsing" }, req)).toEqual({
      ok: true,
      data: { kind: "browsing", removed: 3 },
    });
    expect(await runAction(clearHistory, { kind: "browsing" }, req)).toMatchObject({ data: { removed: 0 } });
    expect(await getDb().select({ n: count() }).from(browsingEvents)).toEqual([{ n: 1 }]);
    expect(await getDb().select({ n: count() }).from(searchEvents)).toEqual([{ n: 1 }]);
    expect(await runAction(clearHistory, { kind: "orders" }, req)).toMatchObject({
      ok: false,
      error: { code: "invalid_input" },
    });
  });

  it("deletes the subject's own tag only", async () => {
    const me = await shopper();
    const other = await shopper();
    const [mine] = await tagUser(me.user.id, "tea lover");
    const [theirs] = await tagUser(other.user.id, "runner");
    expect(await runAction(deleteInterestTag, { id: theirs!.id }, me.req)).toMatchObject({
      ok: false,
      error: { code: "not_found" },
    });
    expect(await runAction(deleteInterestTag, { id: mine!.id }, me.req)).toMatchObject({ ok: true });
    expect((await getDb().select().from(interestTags)).map((t) => t.tag)).toEqual(["runner"]);
  });

  it("is not for support, even with a write grant", async () => {
    const { user } = await shopper();
    const agent = await createUser({ roles: ["support"] });
    await grantSupport(agent.id, user.id, "write");
    const asAgent = requestAs(await createSession(agent.id), user.id);
    expect(await runAction(clearHistory, { kind: "search" }, asAgent)).toMatchObject({
      ok: false,
      error: { code: "forbidden" },
    });
  });
});
