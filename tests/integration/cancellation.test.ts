import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { runAction } from "@/lib/access/action";
import { loadActor } from "@/lib/auth/actor";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { verifyAuditChain } from "@/lib/audit/verify";
import { evaluateChecklist } from "@/lib/cancellation/checklist";
import {
  acceptForfeit,
  cancellationChecklist,
  startCancellation,
  unbindStore,
  withdrawCancellation,
} from "@/lib/cancellation/operations";
import { getDb } from "@/lib/db/client";
import {
  assets,
  auditEvents,
  browsingEvents,
  cancellations,
  complaints,
  merchantStores,
  notifications,
  orders,
  paymentAccounts,
  users,
} from "@/lib/db/schema";
import { advanceClock } from "@/lib/jobs/clock";
import { runDueJobs } from "@/lib/jobs/run";
import {
  createSession,
  createUser,
  grantSupport,
  lastMessageTo,
  linkGuardian,
  PASSWORD,
  requestAs,
} from "../support/factories";
import { addBlockers, findPersonalValues, shopperWithHistory } from "../support/erasure-data";

const start = (sessionId: string, actingAs: string | null = null) =>
  runAction(startCancellation, { confirmRead: true }, requestAs(sessionId, actingAs));

async function statusOf(userId: string) {
  const [u] = await getDb().select({ status: users.status }).from(users).where(eq(users.id, userId));
  return u!.status;
}

describe("cancellation checklist", () => {
  it("names every unmet condition with what stands in the way", async () => {
    const { user } = await shopperWithHistory("blocked");
    const db = getDb();
    await addBlockers(user.id);
    await db.update(assets).set({ balanceCents: 1234, points: 5 }).where(eq(assets.userId, user.id));
    await db
      .insert(orders)
      .values({ userId: user.id, number: "SO-OPEN-1", status: "shipped", totalCents: 5, shipCity: "Hangzhou" });
    await db.insert(merchantStores).values({ userId: user.id, name: "Zed's Shop" });
    await db.insert(complaints).values({ userId: user.id, kind: "complaint", summary: "Late parcel" });
    await db.insert(paymentAccounts).values({ userId: user.id, provider: "ShopPay", status: "open" });
    await db.update(users).set({ status: "frozen" }).where(eq(users.id, user.id));
    const list = await evaluateChecklist(db, user.id);
    expect(list.map((c) => c.key)).toEqual([
      "assets",
      "orders",
      "stores",
      "complaints",
      "paymentAccount",
      "logins",
      "accountValid",
      "realName",
    ]);
    expect(list.every((c) => !c.met)).toBe(true);
    expect(list.find((c) => c.key === "orders")!.items.map((i) => i.label)).toEqual(["SO-OPEN-1"]);
    expect(list.find((c) => c.key === "assets")).toMatchObject({
      resolution: "acceptForfeit",
      params: { balance: "12.34" },
    });
    expect(list.find((c) => c.key === "stores")!.resolution).toBe("unbindStore");
    expect(list.find((c) => c.key === "logins")!.resolution).toBe("unbindLogins");
  });

  it("resolves forfeiting and an unbound store in place, and the list follows", async () => {
    const { user, sessionId } = await shopperWithHistory("resolve");
    const db = getDb();
    await db.update(assets).set({ coupons: 2 }).where(eq(assets.userId, user.id));
    const [store] = await db.insert(merchantStores).values({ userId: user.id, name: "Stall" }).returning();
    const forfeit = await runAction(acceptForfeit, {}, requestAs(sessionId));
    expect(forfeit.ok && forfeit.data.find((c) => c.key === "assets")!.met).toBe(true);
    const unbound = await runAction(unbindStore, { storeId: store!.id }, requestAs(sessionId));
    expect(unbound.ok && unbound.data.find((c) => c.key === "stores")!.met).toBe(true);
    // Someone else's store id is not found, and stays bound.
    const other = await createUser();
    const [theirs] = await db.insert(merchantStores).values({ userId: other.id, name: "Theirs" }).returning();
    const refused = await runAction(unbindStore, { storeId: theirs!.id }, requestAs(sessionId));
    expect(refused.ok || refused.error.code).toBe("not_found");
    const [still] = await db.select().from(merchantStores).where(eq(merchantStores.id, theirs!.id));
    expect(still!.status).toBe("open");
  });

  it("is visible to a support agent with a read grant, who can change nothing", async () => {
    const { user } = await shopperWithHistory("support");
    const agent = await createUser({ roles: ["support"] });
    await grantSupport(agent.id, user.id, "write");
    const agentSession = await createSession(agent.id);
    const view = await runAction(cancellationChecklist, {}, requestAs(agentSession, user.id));
    expect(view.ok).toBe(true);
    const startResult = await start(agentSession, user.id);
    expect(startResult.ok || startResult.error.code).toBe("forbidden");
    expect(await statusOf(user.id)).toBe("active");
  });
});

describe("starting and withdrawing", () => {
  it("refuses while a condition is unmet, including one that appeared after the page loaded", async () => {
    const { user, sessionId } = await shopperWithHistory("late-order");
    const before = await runAction(cancellationChecklist, {}, requestAs(sessionId));
    expect(before.ok && before.data.conditions.every((c) => c.met)).toBe(true);
    await getDb()
      .insert(orders)
      .values({ userId: user.id, number: "SO-LATE", status: "paid", totalCents: 1, shipCity: "Hangzhou" });
    const result = await start(sessionId);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe("conflict");
    const fresh = (result.error.details as { conditions: { key: string; met: boolean }[] }).conditions;
    expect(fresh.find((c) => c.key === "orders")!.met).toBe(false);
    expect(await statusOf(user.id)).toBe("active");
    expect(await getDb().select().from(cancellations)).toHaveLength(0);
  });

  it("needs a recent password confirmation and the notice read", async () => {
    const { user } = await shopperWithHistory("stale");
    const stale = await createSession(user.id, { confirmedMinutesAgo: 30 });
    const result = await start(stale);
    expect(result.ok || result.error.code).toBe("step_up_required");
    const fresh = await createSession(user.id);
    const unread = await runAction(startCancellation, { confirmRead: false }, requestAs(fresh));
    expect(unread.ok || unread.error.fields?.confirmRead?.[0]).toBe("Please confirm that you have read the notice.");
    expect(await statusOf(user.id)).toBe("active");
  });

  it("starts once, tells the shopper, and a withdrawal restores the account exactly", async () => {
    const { user, sessionId } = await shopperWithHistory("withdraw");
    const started = await start(sessionId);
    expect(started.ok).toBe(true);
    if (!started.ok) return;
    const days =
      (new Date(started.data.eraseAfter).getTime() - new Date(started.data.startedAt).getTime()) / 86_400_000;
    expect(Math.round(days)).toBe(15);
    expect(await statusOf(user.id)).toBe("cancellation_pending");
    const twice = await start(sessionId);
    expect(twice.ok || twice.error.code).toBe("conflict");
    expect(await getDb().select().from(notifications).where(eq(notifications.userId, user.id))).toHaveLength(1);
    expect((await lastMessageTo(user.email!))?.subject).toBe("Your account is being cancelled");
    // Signing in during cooling-off works and does not withdraw.
    const signIn = await signInWithPassword(getDb(), {
      identifier: user.email!,
      password: PASSWORD,
      ip: null,
      userAgent: null,
    });
    expect(signIn.ok).toBe(true);
    expect(await statusOf(user.id)).toBe("cancellation_pending");
    const withdrawn = await runAction(withdrawCancellation, {}, requestAs(sessionId));
    expect(withdrawn.ok).toBe(true);
    expect(await statusOf(user.id)).toBe("active");
    const again = await runAction(withdrawCancellation, {}, requestAs(sessionId));
    expect(again.ok || again.error.code).toBe("conflict");
    const rows = await getDb().select().from(cancellations).where(eq(cancellations.userId, user.id));
    expect(rows.map((r) => r.status)).toEqual(["withdrawn"]);
  });

  it("lets a guardian cancel a minor's account, and refuses a stranger", async () => {
    const minor = await createUser({ age: 12 });
    const guardian = await createUser({ age: 40 });
    await linkGuardian(guardian.id, minor.id);
    const stranger = await createSession((await createUser()).id);
    const refused = await start(stranger, minor.id);
    expect(refused.ok || refused.error.code).toBe("forbidden");
    const ok = await start(await createSession(guardian.id), minor.id);
    expect(ok.ok).toBe(true);
    expect(await statusOf(minor.id)).toBe("cancellation_pending");
  });
});

describe("erasure", () => {
  it("after the cooling-off period erases the account: no personal value stays anywhere, kept orders are de-identified", async () => {
    const { user, sessionId, values } = await shopperWithHistory("erase");
    const bystander = await shopperWithHistory("bystander");
    expect((await start(sessionId)).ok).toBe(true);
    // Not yet: the cooling-off period is still running.
    expect((await runDueJobs(getDb())).erased).toBe(0);
    await advanceClock(getDb(), 16 * 86_400);
    expect((await runDueJobs(getDb())).erased).toBe(1);

    expect(await statusOf(user.id)).toBe("erased");
    expect(await loadActor(getDb(), sessionId)).toBeNull();
    const signIn = await signInWithPassword(getDb(), {
      identifier: values.email,
      password: PASSWORD,
      ip: null,
      userAgent: null,
    });
    expect(signIn.ok).toBe(false);
    const kept = await getDb().select().from(orders).where(eq(orders.userId, user.id));
    expect(kept).toHaveLength(3);
    expect(kept.every((o) => o.consignee === null && o.shipPhone === null && o.shipAddress === null)).toBe(true);
    expect(kept.map((o) => o.shipCity)).toEqual(["Hangzhou", "Hangzhou", "Hangzhou"]);
    expect(await findPersonalValues([values.name, values.email, values.phone, values.street])).toEqual([]);
    // The other shopper is untouched, and the identifiers are free for someone new.
    expect(await statusOf(bystander.user.id)).toBe("active");
    const bystanderEvents = await getDb()
      .select({ n: sql<number>`count(*)::int` })
      .from(browsingEvents)
      .where(eq(browsingEvents.userId, bystander.user.id));
    expect(bystanderEvents[0]!.n).toBe(20);
    await expect(createUser({ email: values.email, phone: values.phone })).resolves.toBeTruthy();
    expect((await verifyAuditChain(getDb())).ok).toBe(true);
    const erasedEvents = await getDb()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.operation, "cancellation.erase"), eq(auditEvents.subjectId, user.id)));
    expect(erasedEvents).toHaveLength(1);
  });

  it("a failure at any step leaves the account pending and whole; the next run finishes", async () => {
    const { eraseNextDue, erasureSteps } = await import("@/lib/cancellation/erase");
    const { user, sessionId, values } = await shopperWithHistory("faults");
    expect((await start(sessionId)).ok).toBe(true);
    await advanceClock(getDb(), 16 * 86_400);
    const { appNow } = await import("@/lib/jobs/clock");
    for (const step of erasureSteps) {
      await expect(eraseNextDue(getDb(), await appNow(getDb()), { failAfter: step.name })).rejects.toThrow(step.name);
      expect(await statusOf(user.id)).toBe("cancellation_pending");
      const [u] = await getDb().select().from(users).where(eq(users.id, user.id));
      expect(u!.email).toBe(values.email);
      const events = await getDb()
        .select({ n: sql<number>`count(*)::int` })
        .from(browsingEvents)
        .where(eq(browsingEvents.userId, user.id));
      expect(events[0]!.n).toBe(20);
    }
    expect((await runDueJobs(getDb())).erased).toBe(1);
    expect(await statusOf(user.id)).toBe("erased");
  });

  it("two runners at once erase each account exactly once", async () => {
    const shoppers = await Promise.all(["r1", "r2", "r3"].map((t) => shopperWithHistory(`runner-${t}`)));
    for (const s of shoppers) expect((await start(s.sessionId)).ok).toBe(true);
    await advanceClock(getDb(), 16 * 86_400);
    const [a, b] = await Promise.all([runDueJobs(getDb()), runDueJobs(getDb())]);
    expect(a.erased + b.erased).toBe(3);
    const events = await getDb().select().from(auditEvents).where(eq(auditEvents.operation, "cancellation.erase"));
    expect(events.map((e) => e.subjectId).sort()).toEqual(shoppers.map((s) => s.user.id).sort());
  });

  it("the retention job removes kept orders once their period is over", async () => {
    const { user, sessionId } = await shopperWithHistory("retention");
    expect((await start(sessionId)).ok).toBe(true);
    await advanceClock(getDb(), 16 * 86_400);
    await runDueJobs(getDb());
    expect(await getDb().select().from(orders).where(eq(orders.userId, user.id))).toHaveLength(3);
    await advanceClock(getDb(), 3 * 366 * 86_400);
    expect((await runDueJobs(getDb())).purgedOrders).toBe(3);
    expect(await getDb().select().from(orders).where(eq(orders.userId, user.id))).toHaveLength(0);
  });
});
