import { col, defineCategory, text } from "../define";
import { deleteOwned } from "../erase";

export const complaints = defineCategory({
  key: "complaints",
  group: "service",
  label: text("Complaints and reports", "投诉与举报"),
  purpose: text("Investigate and resolve what you complained about or reported.", "调查并处理您的投诉或举报。"),
  retention: text(
    "Three years after the complaint is closed, or until the account is cancelled.",
    "投诉结案后保存三年，或保存至账户注销。",
  ),
  afterErasure: "deleted",
  sensitive: false,
  source: "provided",
  tables: ["complaints"],
  tabular: true,
  rows: { from: "complaints c", owner: "c.user_id", key: { sql: "c.id", type: "uuid" }, date: "c.created_at" },
  columns: [
    col("id", "c.id", "uuid", "ID", "编号"),
    col("kind", "c.kind", "text", "Kind", "类型"),
    col("status", "c.status", "text", "Status", "状态"),
    col("summary", "c.summary", "text", "Summary", "摘要"),
    col("createdAt", "c.created_at", "timestamp", "Filed", "提交时间"),
  ],
  erase: async (tx, subjectId) => ({ removed: await deleteOwned(tx, "complaints", "user_id", subjectId), retained: 0 }),
});
