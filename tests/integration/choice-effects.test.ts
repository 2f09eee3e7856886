import { and, count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { runAction } from "@/lib/access/action";
import { browsingEvents, mailOutbox, marketingSends, searchEvents } from "@/lib/db/schema";
import { setChoice } from "@/lib/consent/operations";
import { deleteInterestTag } from "@/lib/collection/operations";
import { permissionFor } from "@/lib/consent/lookup";
import { recommendationsFor } from "@/lib/shop/recommend";
import { recordSearch } from "@/lib/shop/record";
import { cookieChanges, cookieUseFor, handleProductView } from "@/lib/shop/events";
import { sendCampaign } from "@/lib/marketing/send";
import { createSession, createUser, requestAs } from "../support/factories";
import { productIn, seedProducts, tagUser } from "../support/shop";

let seq = Date.now();

async function shopper(opts: { age?: number; phone?: string } = {}) {
  const user = await createUser(opts);
  const req = requestAs(await createSession(user.id));
  const set = async (purpose: string, granted: boolean, extra: Record<string, unknown> = {}) => {
    const result = await runAction(setChoice, { purpose, granted, seq: ++seq, ...extra }, req);
    if (!result.ok) throw new Error(`could not set ${purpose}: ${result.error.code}`);
  };
  return { user, req, set };
}

const view = (userId: string | null, productId: string) =>
  handleProductView(getDb(), { userId, gpc: false, cookieChoice: null }, { productId });
const countOf = async (table: typeof browsingEvents | typeof searchEvents, userId: string) =>
  (await getDb().select({ n: count() }).from(table).where(eq(table.userId, userId)))[0]!.n;

describe("personalized recommendations", () => {
  it("come from browsing and interest tags while on, and give way to the non-personal ordering when off", async () => {
    await seedProducts(["books", "sports", "toys", "home"]);
    const { user, set } = await shopper();
    await tagUser(user.id, "runner");
    for (let i = 0; i < 3; i++) await view(user.id, await productIn("books"));
    const on = await recommendationsFor(getDb(), user.id);
    expect(on.personalized).toBe(true);
    if (!on.personalized) return;
    expect(on.basedOn).toEqual(expect.arrayContaining(["books", "sports"]));
    expect(on.products.length).toBeGreaterThan(0);
    expect(on.products.every((p) => on.basedOn.includes(p.category as never))).toBe(true);

    await set("personalization.recommendations", false);
    expect(await recommendationsFor(getDb(), user.id)).toEqual({ personalized: false, reason: "withdrawn" });
  });

  it("never include a blocked category, however strong the signal", async () => {
    await seedProducts(["books", "sports"]);
    const { user, set } = await shopper();
    await tagUser(user.id, "book lover", "reader");
    for (let i = 0; i < 5; i++) await view(user.id, await productIn("books"));
    await view(user.id, await productIn("sports"));
    await set("personalization.category.books", false);
    const recs = await recommendationsFor(getDb(), user.id);
    if (!recs.personalized) throw new Error("expected recommendations");
    expect(recs.basedOn).toEqual(["sports"]);
    expect(recs.products.every((p) => p.category === "sports")).toBe(true);
  });

  it("stop using an interest tag once the shopper deletes it", async () => {
    await seedProducts(["sports", "fashion", "books"]);
    const { user, req } = await shopper();
    const [runner] = await tagUser(user.id, "runner");
    const before = await recommendationsFor(getDb(), user.id);
    expect(before).toMatchObject({ personalized: true, basedOn: expect.arrayContaining(["sports"]) });
    expect(await runAction(deleteInterestTag, { id: runner!.id }, req)).toMatchObject({ ok: true });
    expect(await recommendationsFor(getDb(), user.id)).toMatchObject({ personalized: true, basedOn: [], products: [] });
  });

  it("are off for a child unless a guardian turned them on", async () => {
    await seedProducts(["toys"]);
    const { user } = await shopper({ age: 9 });
    expect(await recommendationsFor(getDb(), user.id)).toEqual({ personalized: false, reason: "child_protection" });
  });
});

describe("collection switches", () => {
  it("drop browsing events at the event endpoint while recording is off", async () => {
    await seedProducts(["home"]);
    const product = await productIn("home");
    const { user, set } = await shopper();
    expect(await view(user.id, product)).toMatchObject({ status: 200, body: { recorded: true } });
    await set("collection.browsingHistory", false);
    expect(await view(user.id, product)).toMatchObject({ status: 200, body: { recorded: false, reason: "withdrawn" } });
    expect(await countOf(browsingEvents, user.id)).toBe(1);
    // Nobody's history for visitors who are not signed in, and bad events are refused.
    expect(await view(null, product)).toMatchObject({ body: { recorded: false, reason: "anonymous" } });
    expect(await view(user.id, "00000000-0000-0000-0000-000000000000")).toMatchObject({ status: 404 });
    expect(
      await handleProductView(getDb(), { userId: user.id, gpc: false, cookieChoice: null }, { productId: 1 }),
    ).toMatchObject({
      status: 400,
    });
  });

  it("record searches only while search history is on", async () => {
    const { user, set } = await shopper();
    expect(await recordSearch(getDb(), user.id, "green tea")).toMatchObject({ recorded: true });
    await set("collection.searchHistory", false);
    expect(await recordSearch(getDb(), user.id, "oolong")).toMatchObject({ recorded: false, reason: "withdrawn" });
    expect(await countOf(searchEvents, user.id)).toBe(1);
  });

  it("let other services know precise location may not be used until it is turned on", async () => {
    const { user, set } = await shopper();
    expect(await permissionFor(user.id, "collection.preciseLocation")).toMatchObject({
      allowed: false,
      reason: "default_off",
    });
    await set("collection.preciseLocation", true);
    expect(await permissionFor(user.id, "collection.preciseLocation")).toMatchObject({
      allowed: true,
      reason: "consented",
    });
  });
});

describe("marketing sends", () => {
  it("queue a message only on the channels each shopper left on, and never twice", async () => {
    const keen = await shopper({ phone: "13700000001" });
    const unsubscribed = await shopper({ phone: "13700000002" });
    await unsubscribed.set("marketing.email", false);
    await unsubscribed.set("marketing.sms", false);
    await unsubscribed.set("marketing.push", false);
    await keen.set("marketing.phone", true);
    const child = await shopper({ age: 10, phone: "13700000003" });
    await createUser({ roles: ["support"], phone: "13700000004" });

    const result = await sendCampaign(getDb(), "springTea", ["email", "sms", "push", "phone"]);
    expect(result.email).toMatchObject({ sent: 1, declined: 2 });
    expect(result.phone).toMatchObject({ sent: 1 });
    const queued = await getDb().select().from(mailOutbox);
    expect(queued.map((m) => m.toAddress).sort()).toEqual([keen.user.email, "13700000001"].sort());
    expect(queued.find((m) => m.channel === "email")!.body).toMatch(/marketing by email is on/);
    const sends = await getDb().select().from(marketingSends);
    expect(sends.every((s) => s.userId === keen.user.id)).toBe(true);
    expect(sends.map((s) => s.channel).sort()).toEqual(["email", "phone", "push", "sms"]);
    expect(sends.filter((s) => s.userId === child.user.id)).toHaveLength(0);

    const again = await sendCampaign(getDb(), "springTea", ["email"]);
    expect(again.email).toMatchObject({ sent: 0, alreadySent: 1 });
    expect(await getDb().select({ n: count() }).from(mailOutbox)).toEqual([{ n: 2 }]);
  });

  it("stop at once when a shopper unsubscribes from a channel", async () => {
    const { user, set } = await shopper();
    await set("marketing.email", false);
    await sendCampaign(getDb(), "memberDays", ["email"]);
    expect(
      await getDb()
        .select()
        .from(mailOutbox)
        .where(and(eq(mailOutbox.userId, user.id))),
    ).toHaveLength(0);
  });
});

describe("sharing and cookies", () => {
  it("the look-up API says no to partner sharing until the shopper opts in", async () => {
    const { user, set } = await shopper();
    expect(await permissionFor(user.id, "sharing.thirdPartyMarketing")).toMatchObject({ allowed: false });
    await set("sharing.thirdPartyMarketing", true);
    expect(await permissionFor(user.id, "sharing.thirdPartyMarketing")).toMatchObject({
      allowed: true,
      source: "self",
    });
  });

  it("set the storefront's analytics and advertising cookies only with consent, GPC honoured", async () => {
    const { user, set } = await shopper();
    expect(await cookieUseFor(user.id, null, false)).toEqual({ analytics: false, advertising: false });
    await set("cookies.analytics", true);
    await set("cookies.advertising", true);
    expect(await cookieUseFor(user.id, null, false)).toEqual({ analytics: true, advertising: true });
    expect(await cookieUseFor(user.id, null, true)).toEqual({ analytics: true, advertising: false });
    // Visitors who are not signed in: the banner's choice in their browser decides.
    const choice = { analytics: false, advertising: true, gpcOverride: true, visitor: "visitor-0001" };
    expect(await cookieUseFor(null, choice, true)).toEqual({ analytics: false, advertising: true });
    // A withdrawn consent removes the cookie it allowed.
    expect(cookieChanges({ analytics: false, advertising: true }, (n) => n === "pc_analytics_id")).toEqual({
      set: ["pc_ad_id"],
      remove: ["pc_analytics_id"],
    });
  });
});
