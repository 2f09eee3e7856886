import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { loadOverview } from "@/lib/account/overview";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { seedDemo } from "@/lib/db/seed";
import { DEMO_PASSWORD, demoAccounts } from "@/lib/db/seed/demo-accounts";
import { browsingEvents, guardianships, orders, searchEvents, users } from "@/lib/db/schema";
import { verifyAuditChain } from "@/lib/audit/verify";

const idOf = async (username: string) =>
  (await getDb().select({ id: users.id }).from(users).where(eq(users.username, username)))[0]!.id;

describe("the demo data", () => {
  it("creates every demo account once, with a long history for the main shopper", async () => {
    expect(await seedDemo(getDb())).toBe("seeded");
    expect(await seedDemo(getDb())).toBe("skipped");
    expect(await getDb().select({ n: count() }).from(users)).toEqual([{ n: demoAccounts.length }]);
    const alice = await idOf("alice");
    const [o] = await getDb()
      .select({ n: count(), first: orders.placedAt })
      .from(orders)
      .where(eq(orders.userId, alice))
      .groupBy(orders.placedAt)
      .orderBy(orders.placedAt)
      .limit(1);
    expect(o!.first.getTime()).toBeLessThan(Date.now() - 5 * 365 * 86_400_000);
    expect(
      (await getDb().select({ n: count() }).from(browsingEvents).where(eq(browsingEvents.userId, alice)))[0]!.n,
    ).toBeGreaterThanOrEqual(1000);
    expect(
      (await getDb().select({ n: count() }).from(searchEvents).where(eq(searchEvents.userId, alice)))[0]!.n,
    ).toBeGreaterThanOrEqual(1000);
    expect(
      await getDb()
        .select()
        .from(guardianships)
        .where(eq(guardianships.guardianId, await idOf("george"))),
    ).toHaveLength(3);
  }, 60_000);

  it("lets demo accounts sign in with the documented password, except the child awaiting consent", async () => {
    await seedDemo(getDb());
    const signIn = (identifier: string) =>
      signInWithPassword(getDb(), { identifier, password: DEMO_PASSWORD, ip: "127.0.0.1", userAgent: null });
    expect(await signIn("alice@demo.shop")).toMatchObject({ ok: true });
    expect(await signIn("13812345678")).toMatchObject({ ok: true });
    expect(await signIn("nina@demo.shop")).toEqual({ ok: false, reason: "pending_consent" });
    expect(await verifyAuditChain(getDb())).toMatchObject({ ok: true });
  }, 60_000);
});

describe("the overview", () => {
  it("shows contact details masked, choices with their defaults, and open requests", async () => {
    await seedDemo(getDb());
    const overview = await loadOverview(await idOf("alice"));
    expect(overview).toMatchObject({ email: "a***@demo.shop", phone: "138****5678", isChild: false, unreadNotices: 1 });
    const choice = (p: string) => overview!.choices.find((c) => c.purpose === p)?.granted;
    expect(choice("marketing.sms")).toBe(false); // her own choice
    expect(choice("marketing.email")).toBe(true); // adult default
    expect(choice("sharing.thirdPartyMarketing")).toBe(false); // off unless opted in
    expect(overview!.openRequests).toHaveLength(1);
  }, 60_000);

  it("starts a child with every optional use off", async () => {
    await seedDemo(getDb());
    const overview = await loadOverview(await idOf("lily"));
    expect(overview!.isChild).toBe(true);
    expect(overview!.choices.every((c) => c.granted === false)).toBe(true);
  }, 60_000);
});
