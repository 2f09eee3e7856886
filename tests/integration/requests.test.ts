import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { runAction } from "@/lib/access/action";
import { auditEvents, notifications, privacyRequests, requestEvents } from "@/lib/db/schema";
import { dueDate } from "@/lib/requests/due";
import {
  answerRequest,
  fileRequest,
  officeQueue,
  replyToRequest,
  requestsList,
  withdrawRequest,
} from "@/lib/requests/operations";
import { MAX_OPEN_REQUESTS } from "@/lib/requests/schemas";
import { createSession, createUser, grantSupport, linkGuardian, requestAs } from "../support/factories";

async function person(opts: Parameters<typeof createUser>[0] = {}) {
  const user = await createUser(opts);
  return { user, req: requestAs(await createSession(user.id)) };
}

async function file(req: ReturnType<typeof requestAs>, type = "question", summary = "How long do you keep my data?") {
  const result = await runAction(fileRequest, { type, summary }, req);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.data[0]!;
}

const noticesOf = (userId: string) =>
  getDb().select().from(notifications).where(eq(notifications.userId, userId)).orderBy(notifications.createdAt);

describe("requests a person answers", () => {
  it("files a request with its due date, a first step, a notice and a trail entry", async () => {
    const { user, req } = await person();
    const before = Date.now();
    const access = await file(req, "access", "Please send me the call recordings you hold.");
    const question = await file(req, "question");
    expect(new Date(access.dueAt)).toEqual(dueDate("access", new Date(access.createdAt)));
    expect(new Date(question.dueAt).getTime() - new Date(question.createdAt).getTime()).toBe(15 * 86_400_000);
    expect(new Date(access.createdAt).getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect(access.steps).toEqual([expect.objectContaining({ status: "open", kind: "status", by: "holder" })]);
    const notices = await noticesOf(user.id);
    expect(notices.map((n) => n.kind)).toEqual(["request", "request"]);
    expect(notices[0]!.body).toContain("will answer by");
    const trail = await getDb()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectId, user.id), eq(auditEvents.operation, "requests.file")));
    expect(trail).toHaveLength(2);
    expect(JSON.stringify(trail)).not.toContain("call recordings");
  });

  it("names an unknown type and a too-short description as field errors", async () => {
    const { req } = await person();
    const result = await runAction(fileRequest, { type: "refund", summary: "short" }, req);
    expect(result).toMatchObject({ ok: false, error: { code: "invalid_input" } });
    if (result.ok) return;
    expect(Object.keys(result.error.fields!).sort()).toEqual(["summary", "type"]);
  });

  it("lets the shopper withdraw while it is open, once, and tells them", async () => {
    const { user, req } = await person();
    const request = await file(req);
    const withdrawn = await runAction(withdrawRequest, { id: request.id }, req);
    expect(withdrawn).toMatchObject({ ok: true, data: [{ id: request.id, status: "withdrawn" }] });
    expect(await runAction(withdrawRequest, { id: request.id }, req)).toMatchObject({
      ok: false,
      error: { code: "conflict" },
    });
    expect((await noticesOf(user.id)).map((n) => n.data?.status)).toEqual(["open", "withdrawn"]);
  });

  it("lets the privacy office move it along and answer, with a notice for every change", async () => {
    const { user, req } = await person();
    const officer = await person({ roles: ["officer"] });
    const request = await file(req, "correction", "My legal name is misspelt: it should be Zhang Wei.");
    const working = await runAction(answerRequest, { id: request.id, status: "in_progress" }, officer.req);
    expect(working).toMatchObject({ ok: true, data: { status: "in_progress" } });
    const needsNote = await runAction(answerRequest, { id: request.id, status: "answered" }, officer.req);
    expect(needsNote).toMatchObject({
      ok: false,
      error: { code: "invalid_input", fields: { note: [expect.any(String)] } },
    });
    const answered = await runAction(
      answerRequest,
      { id: request.id, status: "answered", note: "Corrected after checking your ID card." },
      officer.req,
    );
    expect(answered).toMatchObject({ ok: true, data: { status: "answered" } });
    const listed = await runAction(requestsList, {}, req);
    if (!listed.ok) throw new Error("list refused");
    const mine = listed.data[0];
    expect(mine!.steps.map((s) => s.by)).toEqual(["holder", "office", "office"]);
    expect(mine!.steps.at(-1)!.note).toBe("Corrected after checking your ID card.");
    expect((await noticesOf(user.id)).map((n) => n.data?.status)).toEqual(["open", "in_progress", "answered"]);
    const [event] = await getDb()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.operation, "requests.answer"), eq(auditEvents.actorId, officer.user.id)))
      .limit(1);
    expect(event).toMatchObject({ via: "admin", subjectId: user.id, targetId: request.id });
    // A follow-up from the shopper keeps the status; closing ends it.
    await runAction(replyToRequest, { id: request.id, note: "Thank you!" }, req);
    await runAction(answerRequest, { id: request.id, status: "closed" }, officer.req);
    const [row] = await getDb().select().from(privacyRequests).where(eq(privacyRequests.id, request.id));
    expect(row).toMatchObject({ status: "closed", closedAt: expect.any(Date) });
    expect(await runAction(answerRequest, { id: request.id, note: "Anything else?" }, officer.req)).toMatchObject({
      ok: false,
      error: { code: "conflict" },
    });
  });

  it("rejects with a reason the shopper reads, and a pointer to the regulator in the notice", async () => {
    const { user, req } = await person();
    const officer = await person({ roles: ["officer"] });
    const request = await file(req, "objection", "Stop using my purchases for recommendations.");
    await runAction(
      answerRequest,
      { id: request.id, status: "rejected", note: "Turn it off under Privacy." },
      officer.req,
    );
    const notices = await noticesOf(user.id);
    expect(notices.at(-1)!.body).toContain("Turn it off under Privacy.");
    expect(notices.at(-1)!.body).toContain("authority");
  });

  it("lets an agent with a write grant answer only the shopper they are helping", async () => {
    const shopper = await person();
    const other = await person();
    const request = await file(shopper.req);
    const otherRequest = await file(other.req);
    const writer = await person({ roles: ["support"] });
    const reader = await person({ roles: ["support"] });
    await grantSupport(writer.user.id, shopper.user.id, "write");
    await grantSupport(reader.user.id, shopper.user.id, "read");
    const asWriter = requestAs(writer.req.sessionId, shopper.user.id);
    expect(await runAction(answerRequest, { id: request.id, note: "Looking into it." }, asWriter)).toMatchObject({
      ok: true,
    });
    expect(await runAction(answerRequest, { id: otherRequest.id, note: "Hi" }, asWriter)).toMatchObject({
      ok: false,
      error: { code: "not_found" },
    });
    const asReader = requestAs(reader.req.sessionId, shopper.user.id);
    expect(await runAction(answerRequest, { id: request.id, note: "Hi" }, asReader)).toMatchObject({
      ok: false,
      error: { code: "forbidden" },
    });
    expect(await runAction(requestsList, {}, asReader)).toMatchObject({ ok: true, data: [{ id: request.id }] });
  });

  it("never lets one shopper touch another's request", async () => {
    const owner = await person();
    const intruder = await person();
    const request = await file(owner.req);
    for (const attempt of [
      runAction(withdrawRequest, { id: request.id }, intruder.req),
      runAction(replyToRequest, { id: request.id, note: "hijack" }, intruder.req),
    ]) {
      expect(await attempt).toMatchObject({ ok: false, error: { code: "not_found" } });
    }
    expect(await runAction(answerRequest, { id: request.id, note: "hi" }, intruder.req)).toMatchObject({
      ok: false,
      error: { code: "forbidden" },
    });
    const steps = await getDb().select().from(requestEvents).where(eq(requestEvents.requestId, request.id));
    expect(steps).toHaveLength(1);
  });

  it("lets a guardian file and withdraw for their child", async () => {
    const child = await person({ age: 12 });
    const guardian = await person({ age: 40 });
    await linkGuardian(guardian.user.id, child.user.id);
    const asGuardian = requestAs(guardian.req.sessionId, child.user.id);
    const request = await file(asGuardian, "complaint", "A stranger messaged my child through the shop.");
    expect(request.steps[0]!.by).toBe("guardian");
    expect(await runAction(withdrawRequest, { id: request.id }, asGuardian)).toMatchObject({ ok: true });
  });

  it("shows the office everyone's open requests, most urgent first, and nobody else", async () => {
    const a = await person();
    const b = await person();
    await file(a.req, "question");
    const access = await file(b.req, "access", "Please send me the recordings of my calls.");
    const done = await file(a.req, "complaint", "The parcel was damaged on arrival.");
    await runAction(withdrawRequest, { id: done.id }, a.req);
    const officer = await person({ roles: ["officer"] });
    const queue = await runAction(officeQueue, {}, officer.req);
    if (!queue.ok) throw new Error("queue refused");
    expect(queue.data.map((r) => r.type)).toEqual(["access", "question"]);
    expect(queue.data[0]!.subject.id).toBe(b.user.id);
    expect(queue.data[0]!.id).toBe(access.id);
    expect(await runAction(officeQueue, {}, a.req)).toMatchObject({ ok: false, error: { code: "forbidden" } });
  });

  it("limits how many requests may be open at once", async () => {
    const { req } = await person();
    for (let i = 0; i < MAX_OPEN_REQUESTS; i++) await file(req, "question", `Question number ${i} about my data`);
    expect(await runAction(fileRequest, { type: "question", summary: "One more question please" }, req)).toMatchObject({
      ok: false,
      error: { code: "conflict" },
    });
  });

  it("lists a correction request filed elsewhere (the profile page) like any other", async () => {
    const { user, req } = await person();
    const [row] = await getDb()
      .insert(privacyRequests)
      .values({
        userId: user.id,
        type: "correction",
        summary: "Legal name",
        filedById: user.id,
        dueAt: new Date(Date.now() + 15 * 86_400_000),
      })
      .returning({ id: privacyRequests.id });
    await getDb().insert(requestEvents).values({ requestId: row!.id, status: "open", actorId: user.id });
    expect(await runAction(requestsList, {}, req)).toMatchObject({
      ok: true,
      data: [{ id: row!.id, type: "correction", status: "open", steps: [{ status: "open", kind: "status" }] }],
    });
  });
});
