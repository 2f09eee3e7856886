import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { runAction } from "@/lib/access/action";
import { auditEvents, consentEvents, consents } from "@/lib/db/schema";
import { chooseCookies } from "@/lib/cookies/operations";
import { createSession, createUser, requestAs } from "../support/factories";

describe("the cookie banner's choice", () => {
  it("is recorded for a visitor who is not signed in, with the GPC signal and the confirmed override", async () => {
    const visitor = { ...requestAs(null), gpc: true };
    expect(await runAction(chooseCookies, { analytics: false, advertising: true }, visitor)).toMatchObject({
      ok: false,
      error: { code: "conflict", details: { gpcConfirmation: "cookies.advertising" } },
    });
    const result = await runAction(
      chooseCookies,
      { analytics: false, advertising: true, confirmGpcOverride: true },
      visitor,
    );
    expect(result).toMatchObject({ ok: true, data: { advertising: true, gpcOverride: true } });
    const events = await getDb().select().from(auditEvents).where(eq(auditEvents.operation, "cookies.choose"));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      via: "anonymous",
      actorId: null,
      targetId: result.ok ? result.data.visitor : "",
      detail: { analytics: false, advertising: true, gpc: true, gpcOverride: true },
    });
  });

  it("keeps one visitor id per browser, and refuses values of the wrong type", async () => {
    const first = await runAction(chooseCookies, { analytics: true, advertising: false }, requestAs(null));
    if (!first.ok) throw new Error("choice failed");
    const previous = `v1.1.0.0.${first.data.visitor}`;
    expect(
      await runAction(chooseCookies, { analytics: false, advertising: false, previous }, requestAs(null)),
    ).toMatchObject({
      ok: true,
      data: { visitor: first.data.visitor },
    });
    expect(await runAction(chooseCookies, { analytics: "yes", advertising: false }, requestAs(null))).toMatchObject({
      ok: false,
      error: { code: "invalid_input" },
    });
  });

  it("becomes the consent records of a signed-in shopper, and a child cannot turn cookies on", async () => {
    const user = await createUser();
    const result = await runAction(
      chooseCookies,
      { analytics: true, advertising: false },
      requestAs(await createSession(user.id)),
    );
    expect(result.ok).toBe(true);
    const [analytics] = await getDb()
      .select()
      .from(consents)
      .where(and(eq(consents.userId, user.id), eq(consents.purpose, "cookies.analytics")));
    expect(analytics).toMatchObject({ granted: true, source: "self" });
    expect(await getDb().select().from(consentEvents).where(eq(consentEvents.userId, user.id))).toHaveLength(2);

    const child = await createUser({ age: 10 });
    expect(
      await runAction(chooseCookies, { analytics: true, advertising: false }, requestAs(await createSession(child.id))),
    ).toMatchObject({ ok: false, error: { code: "forbidden" } });
  });
});
