import { col, defineCategory, text } from "../define";
import { deleteOwned } from "../erase";

export const notifications = defineCategory({
  key: "notifications",
  group: "service",
  label: text("Notices sent to you", "发给您的通知"),
  purpose: text(
    "Tell you about your requests, your account's security and policy changes.",
    "告知您请求进展、账户安全和政策变更。",
  ),
  retention: text("One year, or until the account is cancelled.", "保存一年，或保存至账户注销。"),
  afterErasure: "deleted",
  sensitive: false,
  source: "generated",
  tables: ["notifications"],
  tabular: true,
  rows: { from: "notifications n", owner: "n.user_id", key: { sql: "n.id", type: "uuid" }, date: "n.created_at" },
  columns: [
    col("id", "n.id", "uuid", "ID", "编号"),
    col("kind", "n.kind", "text", "Kind", "类型"),
    col("title", "n.title", "text", "Title", "标题"),
    col("body", "n.body", "text", "Text", "内容"),
    col("createdAt", "n.created_at", "timestamp", "Sent", "发送时间"),
    col("readAt", "n.read_at", "timestamp", "Read", "阅读时间"),
  ],
  erase: async (tx, subjectId) => ({
    removed: await deleteOwned(tx, "notifications", "user_id", subjectId),
    retained: 0,
  }),
});
