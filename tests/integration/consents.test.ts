import { and, count, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { runAction } from "@/lib/access/action";
import { consentEvents, consents } from "@/lib/db/schema";
import { choicesList, consentReceipts, setChoice } from "@/lib/consent/operations";
import { recordDefaults } from "@/lib/consent/defaults";
import { verifyAuditChain } from "@/lib/audit/verify";
import { createSession, createUser, grantSupport, linkGuardian, requestAs } from "../support/factories";
import { publishTestPolicy } from "../support/privacy";

let seq = Date.now();
const next = () => ++seq;

async function shopper(age = 30) {
  const user = await createUser({ age });
  return { user, req: requestAs(await createSession(user.id)) };
}

const stored = async (userId: string, purpose: string) =>
  (
    await getDb()
      .select()
      .from(consents)
      .where(and(eq(consents.userId, userId), eq(consents.purpose, purpose)))
  )[0];
const eventCount = async (userId: string) =>
  (await getDb().select({ n: count() }).from(consentEvents).where(eq(consentEvents.userId, userId)))[0]!.n;

describe("consent records", () => {
  it("records each change with source, actor, policy version and IP, and keeps the current state in step", async () => {
    await publishTestPolicy("1.0");
    const { user, req } = await shopper();
    const result = await runAction(setChoice, { purpose: "marketing.email", granted: false, seq: next() }, req);
    expect(result).toMatchObject({ ok: true, data: { key: "marketing.email", granted: false, source: "self" } });
    expect(await stored(user.id, "marketing.email")).toMatchObject({
      granted: false,
      source: "self",
      policyVersion: "1.0",
    });
    const [event] = await getDb().select().from(consentEvents).where(eq(consentEvents.userId, user.id));
    expect(event).toMatchObject({
      purpose: "marketing.email",
      granted: false,
      source: "self",
      actorId: user.id,
      policyVersion: "1.0",
      ip: "203.0.113.7",
    });
  });

  it("shows every choice with its default, and the history as receipts, newest first", async () => {
    await publishTestPolicy("1.0");
    const { user, req } = await shopper();
    await getDb().transaction((tx) => recordDefaults(tx, user.id, user.birthDate));
    await runAction(setChoice, { purpose: "sharing.thirdPartyMarketing", granted: true, seq: next() }, req);
    const list = await runAction(choicesList, {}, req);
    if (!list.ok) throw new Error("list failed");
    const find = (k: string) => list.data.choices.find((c) => c.key === k)!;
    expect(find("sharing.thirdPartyMarketing")).toMatchObject({ granted: true, source: "self", reason: "consented" });
    expect(find("marketing.phone")).toMatchObject({ granted: false, source: "default", reason: "default_off" });
    expect(find("personalization.category.books")).toMatchObject({ granted: true, source: "default" });
    const receipts = await runAction(consentReceipts, {}, req);
    if (!receipts.ok) throw new Error("receipts failed");
    expect(receipts.data.receipts).toHaveLength(12);
    expect(receipts.data.receipts[0]).toMatchObject({ purpose: "sharing.thirdPartyMarketing", source: "self" });
    expect(receipts.data.receipts.filter((r) => r.source === "default")).toHaveLength(11);
  });

  it("lets a late, older write lose to the newer one it arrives after", async () => {
    const { user, req } = await shopper();
    const older = next();
    const newer = next();
    await runAction(setChoice, { purpose: "marketing.sms", granted: false, seq: newer }, req);
    const late = await runAction(setChoice, { purpose: "marketing.sms", granted: true, seq: older }, req);
    expect(late).toMatchObject({ ok: true, data: { applied: false, granted: false } });
    expect(await stored(user.id, "marketing.sms")).toMatchObject({ granted: false, seq: newer });
    expect(await eventCount(user.id)).toBe(1);
  });

  it("ends in the state of the highest sequence when writes race", async () => {
    const { user, req } = await shopper();
    const writes = Array.from({ length: 12 }, (_, i) => ({ granted: i % 2 === 0, seq: next() }));
    const shuffled = [...writes].sort(() => Math.random() - 0.5);
    await Promise.all(
      shuffled.map((w) => runAction(setChoice, { purpose: "marketing.push", granted: w.granted, seq: w.seq }, req)),
    );
    const last = writes.at(-1)!;
    expect(await stored(user.id, "marketing.push")).toMatchObject({ granted: last.granted, seq: last.seq });
    // Every change left its audit event, and the hash chain holds.
    expect(await verifyAuditChain(getDb())).toEqual({ ok: true, checked: writes.length });
  });

  it("refuses unknown purposes, wrong types, forged sources, future sequences, and writes nothing", async () => {
    const { user, req } = await shopper();
    const attempts = [
      { purpose: "marketing.carrierPigeon", granted: true, seq: next() },
      { purpose: "personalization.category.weapons", granted: false, seq: next() },
      { purpose: "marketing.email", granted: "yes", seq: next() },
      { purpose: "marketing.email", granted: 1, seq: next() },
      { purpose: "marketing.email", granted: true, seq: "soon" },
      { purpose: "marketing.email", granted: true, seq: next(), source: "guardian" },
      { purpose: "marketing.email", granted: true, seq: Date.now() + 3_600_000 },
    ];
    for (const input of attempts) {
      const result = await runAction(setChoice, input, req);
      expect(result, JSON.stringify(input)).toMatchObject({ ok: false, error: { code: "invalid_input" } });
    }
    expect(await eventCount(user.id)).toBe(0);
    expect(await stored(user.id, "marketing.email")).toBeUndefined();
  });

  it("lets support with a read grant see the choices but not change them", async () => {
    const { user } = await shopper();
    const agent = await createUser({ roles: ["support"] });
    await grantSupport(agent.id, user.id, "write");
    const asAgent = requestAs(await createSession(agent.id), user.id);
    expect(await runAction(choicesList, {}, asAgent)).toMatchObject({ ok: true });
    expect(
      await runAction(setChoice, { purpose: "marketing.email", granted: false, seq: next() }, asAgent),
    ).toMatchObject({
      ok: false,
      error: { code: "forbidden" },
    });
    expect(await runAction(consentReceipts, {}, asAgent)).toMatchObject({ ok: false, error: { code: "forbidden" } });
    expect(await eventCount(user.id)).toBe(0);
  });
});

describe("a child's choices", () => {
  it("start all off, and only a guardian turns one on", async () => {
    const child = await createUser({ age: 10 });
    const guardian = await createUser({ age: 40 });
    await linkGuardian(guardian.id, child.id);
    await getDb().transaction((tx) => recordDefaults(tx, child.id, child.birthDate));
    const asChild = requestAs(await createSession(child.id));
    const list = await runAction(choicesList, {}, asChild);
    if (!list.ok) throw new Error("list failed");
    expect(list.data.isChild).toBe(true);
    expect(
      list.data.choices.filter((c) => !c.key.startsWith("personalization.category")).every((c) => !c.granted),
    ).toBe(true);
    const byChild = await runAction(
      setChoice,
      { purpose: "personalization.recommendations", granted: true, seq: next() },
      asChild,
    );
    expect(byChild).toMatchObject({
      ok: false,
      error: { code: "forbidden", message: expect.stringMatching(/guardian/i) },
    });
    // Turning something off is always allowed.
    expect(
      await runAction(setChoice, { purpose: "marketing.email", granted: false, seq: next() }, asChild),
    ).toMatchObject({
      ok: true,
    });
    const asGuardian = requestAs(await createSession(guardian.id), child.id);
    const byGuardian = await runAction(
      setChoice,
      { purpose: "personalization.recommendations", granted: true, seq: next() },
      asGuardian,
    );
    expect(byGuardian).toMatchObject({ ok: true, data: { granted: true, source: "guardian" } });
    const [event] = await getDb()
      .select()
      .from(consentEvents)
      .where(and(eq(consentEvents.userId, child.id), eq(consentEvents.source, "guardian")));
    expect(event).toMatchObject({ actorId: guardian.id, purpose: "personalization.recommendations" });
  });

  it("keeps a teen on adult defaults, changeable by the teen", async () => {
    const { req } = await shopper(15);
    expect(
      await runAction(setChoice, { purpose: "sharing.thirdPartyMarketing", granted: true, seq: next() }, req),
    ).toMatchObject({
      ok: true,
    });
  });
});

describe("the consent records table", () => {
  it("refuses to rewrite a record", async () => {
    const { user, req } = await shopper();
    await runAction(setChoice, { purpose: "marketing.email", granted: false, seq: next() }, req);
    await expect(
      getDb().execute(sql`update consent_events set granted = true where user_id = ${user.id}`),
    ).rejects.toThrow();
  });
});
