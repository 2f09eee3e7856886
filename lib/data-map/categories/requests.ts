import { sql } from "drizzle-orm";
import { col, defineCategory, text } from "../define";
import { deleteOwned, changedCount } from "../erase";

// Who wrote each step is given as a role, never as another person's id.
const events = `(select coalesce(json_agg(json_build_object('at', e.at, 'kind', e.kind, 'status', e.status,
  'note', e.note, 'by', case when e.actor_id = r.user_id then 'you' when e.actor_id is null then 'shop'
  else (select case when 'officer' = any(u.roles) then 'privacyOffice' when 'support' = any(u.roles) then 'support'
  else 'guardian' end from users u where u.id = e.actor_id) end) order by e.at, e.id), '[]')
  from request_events e where e.request_id = r.id)`;

export const requests = defineCategory({
  key: "requests",
  group: "service",
  label: text("Requests you made", "您提出的请求"),
  purpose: text(
    "Answer requests a person must handle (access, correction, complaints, questions, objections).",
    "处理需要人工答复的请求（查阅、更正、投诉、咨询、反对处理）。",
  ),
  retention: text(
    "Three years after the request is closed, or until the account is cancelled.",
    "请求关闭后保存三年，或保存至账户注销。",
  ),
  afterErasure: "deleted",
  sensitive: false,
  source: "provided",
  tables: ["privacy_requests", "request_events"],
  tabular: true,
  rows: { from: "privacy_requests r", owner: "r.user_id", key: { sql: "r.id", type: "uuid" }, date: "r.created_at" },
  columns: [
    col("id", "r.id", "uuid", "ID", "编号"),
    col("type", "r.type", "text", "Type", "类型"),
    col("status", "r.status", "text", "Status", "状态"),
    col("summary", "r.summary", "text", "Your request", "请求内容"),
    col("createdAt", "r.created_at", "timestamp", "Filed", "提交时间"),
    col("dueAt", "r.due_at", "timestamp", "Due", "答复期限"),
    col("closedAt", "r.closed_at", "timestamp", "Closed", "关闭时间"),
    col("events", events, "json", "Timeline", "处理进度"),
  ],
  // Steps this person took on someone else's request (as a guardian) keep the step but lose who took it.
  erase: async (tx, subjectId) => {
    await changedCount(tx, sql`update request_events set actor_id = null where actor_id = ${subjectId} returning 1`);
    await changedCount(
      tx,
      sql`update privacy_requests set filed_by_id = null where filed_by_id = ${subjectId} returning 1`,
    );
    return { removed: await deleteOwned(tx, "privacy_requests", "user_id", subjectId), retained: 0 };
  },
});
