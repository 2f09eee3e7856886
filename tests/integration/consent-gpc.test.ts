import { and, count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { runAction } from "@/lib/access/action";
import { consentEvents, consents } from "@/lib/db/schema";
import { setChoice } from "@/lib/consent/operations";
import { honourGpc } from "@/lib/consent/gpc";
import { createSession, createUser, requestAs } from "../support/factories";

let seq = Date.now();
const next = () => ++seq;

async function shopper() {
  const user = await createUser();
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

describe("Global Privacy Control", () => {
  it("needs an explicit, recorded confirmation to turn sharing or advertising on against it", async () => {
    const { user, req } = await shopper();
    const gpc = { ...req, gpc: true };
    const unconfirmed = await runAction(
      setChoice,
      { purpose: "sharing.thirdPartyMarketing", granted: true, seq: next() },
      gpc,
    );
    expect(unconfirmed).toMatchObject({
      ok: false,
      error: { code: "conflict", details: { gpcConfirmation: "sharing.thirdPartyMarketing" } },
    });
    expect(await eventCount(user.id)).toBe(0);
    // Other purposes are not covered by the signal.
    expect(await runAction(setChoice, { purpose: "marketing.email", granted: true, seq: next() }, gpc)).toMatchObject({
      ok: true,
    });
    const confirmed = await runAction(
      setChoice,
      { purpose: "sharing.thirdPartyMarketing", granted: true, seq: next(), confirmGpcOverride: true },
      gpc,
    );
    expect(confirmed).toMatchObject({ ok: true, data: { granted: true, gpcOverride: true } });
    const [event] = await getDb()
      .select()
      .from(consentEvents)
      .where(and(eq(consentEvents.userId, user.id), eq(consentEvents.purpose, "sharing.thirdPartyMarketing")));
    expect(event).toMatchObject({ granted: true, gpcOverride: true, source: "self" });
  });

  it("turns sharing and advertising off when a GPC browser shows up, unless an override was confirmed", async () => {
    const { user, req } = await shopper();
    await runAction(setChoice, { purpose: "sharing.thirdPartyMarketing", granted: true, seq: next() }, req);
    await runAction(setChoice, { purpose: "cookies.advertising", granted: true, seq: next() }, req);
    expect(await honourGpc({ subjectId: user.id, actorId: user.id, ip: null })).toEqual([
      "sharing.thirdPartyMarketing",
      "cookies.advertising",
    ]);
    expect(await stored(user.id, "sharing.thirdPartyMarketing")).toMatchObject({ granted: false, source: "gpc" });
    // Nothing left to do the second time, and nothing is written.
    const before = await eventCount(user.id);
    expect(await honourGpc({ subjectId: user.id, actorId: user.id, ip: null })).toEqual([]);
    expect(await eventCount(user.id)).toBe(before);
    await runAction(
      setChoice,
      { purpose: "sharing.thirdPartyMarketing", granted: true, seq: Date.now() + 1000, confirmGpcOverride: true },
      { ...req, gpc: true },
    );
    expect(await honourGpc({ subjectId: user.id, actorId: user.id, ip: null })).toEqual([]);
    expect(await stored(user.id, "sharing.thirdPartyMarketing")).toMatchObject({ granted: true, gpcOverride: true });
  });
});
