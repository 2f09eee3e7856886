import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { runAction } from "@/lib/access/action";
import { requestIdentityCorrection } from "@/lib/identity/operations";
import { loadIdentity, openCorrection } from "@/lib/identity/queries";
import { auditEvents, identities, privacyRequests, requestEvents } from "@/lib/db/schema";
import { createSession, createUser, grantSupport, linkGuardian, requestAs } from "../support/factories";

const DAY = 86_400_000;
const details = "My ID number has two digits swapped: it should end in 4321.";

async function shopper(opts: { age?: number; identity?: boolean } = {}) {
  const user = await createUser({ age: opts.age ?? 30 });
  if (opts.identity !== false) {
    await getDb().insert(identities).values({ userId: user.id, legalName: "张爱丽", idNumber: "110101199001011234" });
  }
  return { user, req: requestAs(await createSession(user.id)) };
}

const requestsOf = (userId: string) => getDb().select().from(privacyRequests).where(eq(privacyRequests.userId, userId));

describe("real-name identity", () => {
  it("is only ever read masked", async () => {
    const { user } = await shopper();
    const identity = await loadIdentity(getDb(), user.id);
    expect(identity).toMatchObject({ legalName: "张**", idNumber: "1101**********1234", released: false });
    expect(JSON.stringify(identity)).not.toContain("19900101");
    expect(await loadIdentity(getDb(), (await createUser()).id)).toBeNull();
  });

  it("files a correction request due in 15 days, with its first event and an audit line without the text", async () => {
    const { user, req } = await shopper();
    const result = await runAction(requestIdentityCorrection, { details: `  ${details}  ` }, req);
    expect(result).toMatchObject({ ok: true, data: { status: "open" } });
    if (!result.ok) return;
    const due = new Date(result.data.dueAt).getTime() - new Date(result.data.createdAt).getTime();
    expect(due).toBe(15 * DAY);
    const [request] = await requestsOf(user.id);
    expect(request).toMatchObject({
      type: "correction",
      category: "identity",
      status: "open",
      summary: details,
      filedById: user.id,
    });
    expect(await getDb().select().from(requestEvents).where(eq(requestEvents.requestId, request!.id))).toMatchObject([
      { status: "open", actorId: user.id },
    ]);
    const [event] = await getDb()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.operation, "identity.requestCorrection"), eq(auditEvents.subjectId, user.id)));
    expect(event).toMatchObject({ targetType: "privacy_request", targetId: request!.id });
    expect(JSON.stringify(event)).not.toContain("4321");
    expect(await openCorrection(getDb(), user.id)).toMatchObject({ id: request!.id, status: "open" });
  });

  it("keeps one correction open at a time", async () => {
    const { user, req } = await shopper();
    await runAction(requestIdentityCorrection, { details }, req);
    expect(await runAction(requestIdentityCorrection, { details: "Also my name is wrong." }, req)).toMatchObject({
      ok: false,
      error: { code: "conflict", message: expect.stringContaining("already open") },
    });
    expect(await requestsOf(user.id)).toHaveLength(1);
  });

  it("a correction about something else, or an answered one, does not count as open", async () => {
    const { user, req } = await shopper();
    await getDb()
      .insert(privacyRequests)
      .values([
        { userId: user.id, type: "correction", summary: "Order address", dueAt: new Date(Date.now() + DAY) },
        {
          userId: user.id,
          type: "correction",
          category: "identity",
          status: "answered",
          summary: "Earlier",
          dueAt: new Date(Date.now() + DAY),
        },
      ]);
    expect(await openCorrection(getDb(), user.id)).toBeNull();
    expect(await runAction(requestIdentityCorrection, { details }, req)).toMatchObject({ ok: true });
  });

  it("names a bad description in the shopper's language and files nothing", async () => {
    const { user, req } = await shopper();
    const cases: [unknown, string][] = [
      ["too short", "Please describe what is wrong in at least 10 characters."],
      ["x".repeat(10_000), "Please keep it to 500 characters or fewer."],
      ["<script>alert('x')</script> is my name", "Please do not use < or >."],
      [12345678901, "This value has the wrong type."],
      [undefined, "This field is required."],
    ];
    for (const [value, message] of cases) {
      expect(await runAction(requestIdentityCorrection, { details: value }, req)).toMatchObject({
        ok: false,
        error: { code: "invalid_input", fields: { details: [message] } },
      });
    }
    expect(await runAction(requestIdentityCorrection, { details: "短" }, { ...req, locale: "zh-CN" })).toMatchObject({
      ok: false,
      error: { fields: { details: ["请至少用 10 个字描述哪里有误。"] } },
    });
    expect(await requestsOf(user.id)).toEqual([]);
  });

  it("has nothing to correct without an identity on file", async () => {
    const { user, req } = await shopper({ identity: false });
    expect(await runAction(requestIdentityCorrection, { details }, req)).toMatchObject({
      ok: false,
      error: { code: "not_found", message: "There is no real-name identity on file to correct." },
    });
    expect(await requestsOf(user.id)).toEqual([]);
  });

  it("lets a guardian file for a minor; support cannot, even with a write grant", async () => {
    const { user: minor } = await shopper({ age: 16 });
    const agent = await createUser({ roles: ["support"] });
    await grantSupport(agent.id, minor.id, "write");
    expect(
      await runAction(requestIdentityCorrection, { details }, requestAs(await createSession(agent.id), minor.id)),
    ).toMatchObject({ ok: false, error: { code: "forbidden" } });
    const guardian = await createUser({ age: 44 });
    await linkGuardian(guardian.id, minor.id);
    expect(
      await runAction(requestIdentityCorrection, { details }, requestAs(await createSession(guardian.id), minor.id)),
    ).toMatchObject({ ok: true });
    expect(await requestsOf(minor.id)).toMatchObject([{ filedById: guardian.id }]);
  });
});
