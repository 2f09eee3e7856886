import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { runAction } from "@/lib/access/action";
import { confirmContactChange, requestContactChange, resendContactCode } from "@/lib/contact/operations";
import { loadContact } from "@/lib/contact/queries";
import { auditEvents, contactChangeCodes, mailOutbox } from "@/lib/db/schema";
import { age, challengeRow, db, requestEmail, rows, shopper, userRow } from "../support/contact";
import { codeSentTo, createSession, createUser, grantSupport, linkGuardian, requestAs } from "../support/factories";

describe("sending limits", () => {
  it("allows one code a minute, says how long to wait, and a resend replaces the code", async () => {
    const { as } = await shopper();
    const { challengeId } = await requestEmail(as, "wait@example.com");
    const firstCode = await codeSentTo("wait@example.com");
    const tooSoon = await runAction(resendContactCode, { challengeId }, as);
    expect(tooSoon).toMatchObject({
      ok: false,
      error: { code: "rate_limited", fields: { resend: [expect.stringMatching(/^Please wait (59|60) s/)] } },
    });
    // A new request is held to the same minute.
    expect(await runAction(requestContactChange, { channel: "email", value: "other@example.com" }, as)).toMatchObject({
      ok: false,
      error: { code: "rate_limited", fields: { value: [expect.stringMatching(/Please wait/)] } },
    });
    await age(challengeId);
    const resent = await runAction(resendContactCode, { challengeId }, as);
    expect(resent).toMatchObject({ ok: true, data: { challengeId } });
    const newCode = await codeSentTo("wait@example.com");
    expect((await challengeRow(challengeId)).sentAt).toHaveLength(2);
    if (newCode !== firstCode) {
      expect(await runAction(confirmContactChange, { challengeId, code: firstCode }, as)).toMatchObject({
        ok: false,
        error: { fields: { code: [expect.stringMatching(/not right/)] } },
      });
    }
    expect((await runAction(confirmContactChange, { challengeId, code: newCode }, as)).ok).toBe(true);
  });

  it("allows five codes an hour per account, across requests, then says when to try again", async () => {
    const { as } = await shopper();
    let challengeId = "";
    for (let i = 0; i < 5; i++) {
      if (challengeId) await age(challengeId, 120);
      challengeId = (await requestEmail(as, `hour${i}@example.com`)).challengeId;
    }
    await age(challengeId, 120);
    const sixth = await runAction(requestContactChange, { channel: "email", value: "hour5@example.com" }, as);
    expect(sixth).toMatchObject({
      ok: false,
      error: {
        code: "rate_limited",
        fields: { value: [expect.stringMatching(/5 codes in the last hour.*in \d+ min/)] },
      },
    });
    expect(await runAction(resendContactCode, { challengeId }, as)).toMatchObject({
      ok: false,
      error: { code: "rate_limited" },
    });
    expect(await rows(mailOutbox)).toBe(5);
  });

  it("resumes a pending change after a reload, with the address masked", async () => {
    const { user, as } = await shopper({ email: "resume@example.com" });
    const { challengeId } = await requestEmail(as, "resume-new@example.com");
    const view = await loadContact(db(), user.id);
    expect(view).toMatchObject({
      email: "r***@example.com",
      pending: [{ challengeId, channel: "email", sentTo: "r***@example.com" }],
    });
  });
});

describe("who may change sign-in details", () => {
  it("needs a recent password confirmation for both steps, and writes nothing without one", async () => {
    const user = await createUser();
    const fresh = requestAs(await createSession(user.id));
    const stale = requestAs(await createSession(user.id, { confirmedMinutesAgo: 11 }));
    expect(await runAction(requestContactChange, { channel: "email", value: "x@example.com" }, stale)).toMatchObject({
      ok: false,
      error: { code: "step_up_required" },
    });
    expect(await rows(contactChangeCodes)).toBe(0);
    const { challengeId } = await requestEmail(fresh, "x@example.com");
    const code = await codeSentTo("x@example.com");
    expect(await runAction(confirmContactChange, { challengeId, code }, stale)).toMatchObject({
      ok: false,
      error: { code: "step_up_required" },
    });
    expect((await runAction(confirmContactChange, { challengeId, code }, fresh)).ok).toBe(true);
  });

  it("lets a guardian set a minor's email (the code goes to the new address); support never", async () => {
    const minor = await createUser({ age: 12, email: "kid@example.com" });
    const guardian = await createUser({ age: 40 });
    const agent = await createUser({ roles: ["support"] });
    await linkGuardian(guardian.id, minor.id);
    await grantSupport(agent.id, minor.id, "write");
    const asAgent = requestAs(await createSession(agent.id), minor.id);
    expect(await runAction(requestContactChange, { channel: "email", value: "s@example.com" }, asAgent)).toMatchObject({
      ok: false,
      error: { code: "forbidden" },
    });

    const asGuardian = requestAs(await createSession(guardian.id), minor.id);
    const { challengeId } = await requestEmail(asGuardian, "kid-new@example.com");
    const code = await codeSentTo("kid-new@example.com");
    expect(await runAction(confirmContactChange, { challengeId, code }, asAgent)).toMatchObject({
      ok: false,
      error: { code: "forbidden" },
    });
    expect((await runAction(confirmContactChange, { challengeId, code }, asGuardian)).ok).toBe(true);
    expect((await userRow(minor.id)).email).toBe("kid-new@example.com");
    const events = await db()
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.operation, "contact.confirmChange"))
      .orderBy(auditEvents.id);
    // The agent's refused attempt is in the trail too.
    expect(events.map((e) => [e.via, e.outcome, e.actorId])).toEqual([
      ["none", "denied", agent.id],
      ["guardian", "ok", guardian.id],
    ]);
  });
});
