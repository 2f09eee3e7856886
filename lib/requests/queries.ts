import "server-only";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/types";
import { privacyRequests, requestEvents, users } from "@/lib/db/schema";
import { openStatuses } from "./schemas";

// Who took a step, as the person whose request it is sees it; never another person's id or name.
export type StepBy = "holder" | "guardian" | "office" | "support" | "shop";

export type RequestStep = { at: string; kind: "status" | "reply"; status: string; note: string | null; by: StepBy };

export type RequestView = {
  id: string;
  type: string;
  status: string;
  summary: string;
  createdAt: string;
  dueAt: string;
  closedAt: string | null;
  // Decided on the server, so a page and its refetches agree on what is late.
  overdue: boolean;
  steps: RequestStep[];
};

const byOf = sql<StepBy>`case
  when ${requestEvents.actorId} is null then 'shop'
  when ${requestEvents.actorId} = ${privacyRequests.userId} then 'holder'
  when 'officer' = any(${users.roles}) then 'office'
  when 'support' = any(${users.roles}) then 'support'
  else 'guardian' end`;

async function stepsOf(db: DbOrTx, ids: string[]): Promise<Map<string, RequestStep[]>> {
  const out = new Map<string, RequestStep[]>(ids.map((id) => [id, []]));
  if (ids.length === 0) return out;
  const rows = await db
    .select({
      requestId: requestEvents.requestId,
      at: requestEvents.at,
      kind: requestEvents.kind,
      status: requestEvents.status,
      note: requestEvents.note,
      by: byOf,
    })
    .from(requestEvents)
    .innerJoin(privacyRequests, eq(privacyRequests.id, requestEvents.requestId))
    .leftJoin(users, eq(users.id, requestEvents.actorId))
    .where(inArray(requestEvents.requestId, ids))
    .orderBy(asc(requestEvents.at), asc(requestEvents.id));
  for (const r of rows) {
    out.get(r.requestId)!.push({ at: r.at.toISOString(), kind: r.kind, status: r.status, note: r.note, by: r.by });
  }
  return out;
}

const RECENT_REQUESTS = 50;

const requestColumns = {
  id: privacyRequests.id,
  type: privacyRequests.type,
  status: privacyRequests.status,
  summary: privacyRequests.summary,
  createdAt: privacyRequests.createdAt,
  dueAt: privacyRequests.dueAt,
  closedAt: privacyRequests.closedAt,
};

type RequestRow = Pick<
  typeof privacyRequests.$inferSelect,
  "id" | "type" | "status" | "summary" | "createdAt" | "dueAt" | "closedAt"
>;

function toView(r: RequestRow, steps: RequestStep[]): RequestView {
  return {
    ...r,
    createdAt: r.createdAt.toISOString(),
    dueAt: r.dueAt.toISOString(),
    closedAt: r.closedAt?.toISOString() ?? null,
    overdue: (openStatuses as readonly string[]).includes(r.status) && r.dueAt.getTime() < Date.now(),
    steps,
  };
}

/** A person's requests, open ones first, each with its timeline. */
export async function listRequests(db: DbOrTx, subjectId: string): Promise<RequestView[]> {
  const rows = await db
    .select(requestColumns)
    .from(privacyRequests)
    .where(eq(privacyRequests.userId, subjectId))
    .orderBy(sql`${privacyRequests.closedAt} is not null`, desc(privacyRequests.createdAt))
    .limit(RECENT_REQUESTS);
  const steps = await stepsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toView(r, steps.get(r.id)!));
}

export async function oneRequest(db: DbOrTx, id: string): Promise<RequestView | null> {
  const [row] = await db.select(requestColumns).from(privacyRequests).where(eq(privacyRequests.id, id));
  if (!row) return null;
  return toView(row, (await stepsOf(db, [id])).get(id)!);
}

export type QueueItem = RequestView & { subject: { id: string; username: string } };

const QUEUE_SIZE = 200;

/** Everyone's requests still waiting for the shop, the most urgent first (the privacy office's queue). */
export async function requestQueue(db: DbOrTx): Promise<QueueItem[]> {
  const rows = await db
    .select({ ...requestColumns, subjectId: users.id, username: users.username })
    .from(privacyRequests)
    .innerJoin(users, eq(users.id, privacyRequests.userId))
    .where(inArray(privacyRequests.status, openStatuses))
    .orderBy(asc(privacyRequests.dueAt))
    .limit(QUEUE_SIZE);
  const steps = await stepsOf(
    db,
    rows.map((r) => r.id),
  );
  return rows.map(({ subjectId, username, ...r }) => ({
    ...toView(r, steps.get(r.id)!),
    subject: { id: subjectId, username },
  }));
}

/** The request if it belongs to the subject (or to anyone, for the privacy office), locked for a change. */
export async function lockRequest(db: DbOrTx, id: string, subjectId: string | null) {
  const [row] = await db
    .select({
      id: privacyRequests.id,
      userId: privacyRequests.userId,
      type: privacyRequests.type,
      status: privacyRequests.status,
    })
    .from(privacyRequests)
    .where(
      subjectId ? and(eq(privacyRequests.id, id), eq(privacyRequests.userId, subjectId)) : eq(privacyRequests.id, id),
    )
    .for("update");
  return row ?? null;
}
