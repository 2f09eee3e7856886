import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { runAction } from "@/lib/access/action";
import { cardsList, removeCard } from "@/lib/payments/operations";
import { isExpired } from "@/lib/payments/queries";
import { auditEvents, paymentMethods } from "@/lib/db/schema";
import { createSession, createUser, grantSupport, linkGuardian, requestAs } from "../support/factories";

async function shopper(age = 30) {
  const user = await createUser({ age });
  return { user, req: requestAs(await createSession(user.id)) };
}

async function addCards(userId: string) {
  const year = new Date().getUTCFullYear();
  return getDb()
    .insert(paymentMethods)
    .values([
      { userId, brand: "UnionPay", last4: "6222", expMonth: 11, expYear: year + 2 },
      { userId, brand: "Visa", last4: "1881", expMonth: 1, expYear: year - 1 },
    ])
    .returning({ id: paymentMethods.id, last4: paymentMethods.last4 });
}

const cardsOf = async (userId: string) =>
  getDb().select({ id: paymentMethods.id }).from(paymentMethods).where(eq(paymentMethods.userId, userId));

describe("payment methods", () => {
  it("lists cards as brand, masked number and expiry, marking the expired one", async () => {
    const { user, req } = await shopper();
    await addCards(user.id);
    const result = await runAction(cardsList, {}, req);
    expect(result).toMatchObject({
      ok: true,
      data: [
        { brand: "UnionPay", number: "**** 6222", expired: false },
        { brand: "Visa", number: "**** 1881", expired: true },
      ],
    });
  });

  it("treats a card as valid through the last day of its expiry month", () => {
    const now = new Date("2026-11-22T00:00:00Z");
    expect(isExpired(11, 2026, now)).toBe(false);
    expect(isExpired(10, 2026, now)).toBe(true);
    expect(isExpired(1, 2027, now)).toBe(false);
    expect(isExpired(12, 2025, now)).toBe(true);
  });

  it("removes one of the shopper's cards and records it without card details", async () => {
    const { user, req } = await shopper();
    const [unionPay] = await addCards(user.id);
    const result = await runAction(removeCard, { id: unionPay!.id }, req);
    expect(result).toMatchObject({ ok: true, data: [{ last4: "1881" }] });
    expect(await cardsOf(user.id)).toHaveLength(1);
    const [event] = await getDb()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.operation, "payments.remove"), eq(auditEvents.subjectId, user.id)));
    expect(event).toMatchObject({ targetType: "payment_method", targetId: unionPay!.id, via: "self" });
    expect(JSON.stringify(event)).not.toContain("6222");
  });

  it("answers another shopper's card id with not-found, and their card stays", async () => {
    const owner = await shopper();
    const [card] = await addCards(owner.user.id);
    const intruder = await shopper();
    const result = await runAction(removeCard, { id: card!.id }, intruder.req);
    expect(result).toMatchObject({
      ok: false,
      error: { code: "not_found", message: "That card is no longer saved on this account. Nothing was removed." },
    });
    expect(await cardsOf(owner.user.id)).toHaveLength(2);
  });

  it("refuses hostile ids before touching the database", async () => {
    const { user, req } = await shopper();
    await addCards(user.id);
    for (const id of ["<script>alert(1)</script>", "x".repeat(10_000), 42, null, ["a", "b"], "' or 1=1 --"]) {
      const result = await runAction(removeCard, { id }, req);
      expect(result).toMatchObject({ ok: false, error: { code: "invalid_input", fields: { id: expect.any(Array) } } });
    }
    expect(await cardsOf(user.id)).toHaveLength(2);
  });

  it("lets a guardian remove a minor's card", async () => {
    const { user: minor } = await shopper(12);
    const guardian = await createUser({ age: 40 });
    await linkGuardian(guardian.id, minor.id);
    const [card] = await addCards(minor.id);
    const result = await runAction(removeCard, { id: card!.id }, requestAs(await createSession(guardian.id), minor.id));
    expect(result.ok).toBe(true);
    expect(await cardsOf(minor.id)).toHaveLength(1);
  });

  it("lets support read the masked cards with any grant but never remove one", async () => {
    const { user } = await shopper();
    const [card] = await addCards(user.id);
    for (const mode of ["read", "write"] as const) {
      const agent = await createUser({ roles: ["support"] });
      await grantSupport(agent.id, user.id, mode);
      const req = requestAs(await createSession(agent.id), user.id);
      expect(await runAction(cardsList, {}, req)).toMatchObject({ ok: true, data: [{ number: "**** 6222" }, {}] });
      expect(await runAction(removeCard, { id: card!.id }, req)).toMatchObject({
        ok: false,
        error: { code: "forbidden" },
      });
    }
    expect(await cardsOf(user.id)).toHaveLength(2);
    // The agent's reads are in the shopper's trail.
    const reads = await getDb()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.operation, "payments.view"), eq(auditEvents.subjectId, user.id)));
    expect(reads.map((r) => r.via)).toEqual(["support", "support"]);
  });

  it("refuses a stranger and a signed-out visitor", async () => {
    const { user } = await shopper();
    const [card] = await addCards(user.id);
    const stranger = await createUser();
    expect(
      await runAction(removeCard, { id: card!.id }, requestAs(await createSession(stranger.id), user.id)),
    ).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await runAction(cardsList, {}, requestAs(null))).toMatchObject({
      ok: false,
      error: { code: "unauthenticated" },
    });
    expect(await cardsOf(user.id)).toHaveLength(2);
  });
});
