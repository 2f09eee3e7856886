import "server-only";
import { and, count, eq, inArray, sql } from "drizzle-orm";
import { z } from "zod";
import { defineAction } from "@/lib/access/action";
import { AppError } from "@/lib/access/errors";
import { privacyRequests, requestEvents } from "@/lib/db/schema";
import { dueDate } from "./due";
import { notifyChange } from "./notify";
import { listRequests, lockRequest, oneRequest, requestQueue } from "./queries";
import {
  answerSchema,
  fileRequestSchema,
  MAX_OPEN_REQUESTS,
  openStatuses,
  replySchema,
  requestIdSchema,
  withdrawableStatuses,
} from "./schemas";

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T => list.includes(value as T);

export const requestsList = defineAction("requests.view", z.object({}), async ({ ctx, tx }) =>
  listRequests(tx, ctx.subjectId!),
);

export const fileRequest = defineAction("requests.file", fileRequestSchema, async ({ input, ctx, tx }) => {
  const subjectId = ctx.subjectId!;
  // Serialises two filings sent at once, so the limit on open requests holds.
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('requests:' || ${subjectId}))`);
  const [{ n }] = (await tx
    .select({ n: count() })
    .from(privacyRequests)
    .where(and(eq(privacyRequests.userId, subjectId), inArray(privacyRequests.status, openStatuses)))) as [
    { n: number },
  ];
  if (n >= MAX_OPEN_REQUESTS) throw new AppError("conflict", "requests.tooManyOpen", { max: MAX_OPEN_REQUESTS });
  const filedAt = new Date();
  const dueAt = dueDate(input.type, filedAt);
  const [request] = await tx
    .insert(privacyRequests)
    .values({
      userId: subjectId,
      type: input.type,
      summary: input.summary,
      filedById: ctx.actor!.id,
      createdAt: filedAt,
      dueAt,
    })
    .returning({ id: privacyRequests.id });
  await tx
    .insert(requestEvents)
    .values({ requestId: request!.id, status: "open", actorId: ctx.actor!.id, at: filedAt });
  await notifyChange(tx, subjectId, { requestId: request!.id, type: input.type, status: "open", dueAt }, "status");
  ctx.note({ targetType: "privacy_request", targetId: request!.id, detail: { type: input.type } });
  return listRequests(tx, subjectId);
});

export const withdrawRequest = defineAction("requests.withdraw", requestIdSchema, async ({ input, ctx, tx }) => {
  const subjectId = ctx.subjectId!;
  const request = await lockRequest(tx, input.id, subjectId);
  if (!request) throw new AppError("not_found");
  if (!isOneOf(withdrawableStatuses, request.status)) throw new AppError("conflict", "requests.cannotWithdraw");
  await tx
    .update(privacyRequests)
    .set({ status: "withdrawn", closedAt: sql`now()` })
    .where(eq(privacyRequests.id, request.id));
  await tx.insert(requestEvents).values({ requestId: request.id, status: "withdrawn", actorId: ctx.actor!.id });
  await notifyChange(tx, subjectId, { requestId: request.id, type: request.type, status: "withdrawn" }, "status");
  ctx.note({ targetType: "privacy_request", targetId: request.id, fields: ["status"] });
  return listRequests(tx, subjectId);
});

// A follow-up from the shopper (or guardian) on a request still with the shop; its status does not change.
export const replyToRequest = defineAction("requests.reply", replySchema, async ({ input, ctx, tx }) => {
  const subjectId = ctx.subjectId!;
  const request = await lockRequest(tx, input.id, subjectId);
  if (!request) throw new AppError("not_found");
  if (!isOneOf(openStatuses, request.status)) throw new AppError("conflict", "requests.closed");
  await tx
    .insert(requestEvents)
    .values({ requestId: request.id, kind: "reply", status: request.status, note: input.note, actorId: ctx.actor!.id });
  ctx.note({ targetType: "privacy_request", targetId: request.id, fields: ["note"] });
  return listRequests(tx, subjectId);
});

/**
 * The shop's answer: a message, a status change, or both. The privacy office answers anyone's request; an agent
 * with a write grant only the requests of the shopper they are helping.
 */
export const answerRequest = defineAction("requests.answer", answerSchema, async ({ input, ctx, tx }) => {
  const request = await lockRequest(tx, input.id, ctx.via === "admin" ? null : ctx.subjectId);
  if (!request) throw new AppError("not_found");
  if (!isOneOf(openStatuses, request.status)) throw new AppError("conflict", "requests.closed");
  const status = input.status ?? request.status;
  if (input.status) {
    const closes = status === "closed" || status === "rejected";
    await tx
      .update(privacyRequests)
      .set({ status, closedAt: closes ? sql`now()` : null })
      .where(eq(privacyRequests.id, request.id));
  }
  const kind = input.status ? "status" : "reply";
  await tx
    .insert(requestEvents)
    .values({ requestId: request.id, kind, status, note: input.note ?? null, actorId: ctx.actor!.id });
  await notifyChange(tx, request.userId, { requestId: request.id, type: request.type, status, note: input.note }, kind);
  ctx.note({
    subjectId: request.userId,
    targetType: "privacy_request",
    targetId: request.id,
    fields: input.note ? ["note"] : [],
    detail: { status: input.status ?? null },
  });
  return (await oneRequest(tx, request.id))!;
});

export const officeQueue = defineAction("requests.queue", z.object({}), async ({ tx }) => requestQueue(tx));
