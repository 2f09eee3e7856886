import { col, defineCategory, text } from "../define";
import { deleteOwned } from "../erase";

export const mail = defineCategory({
  key: "mail",
  group: "service",
  label: text("Emails and text messages sent to you", "发给您的邮件和短信"),
  purpose: text(
    "Deliver codes, security alerts and the messages you asked for, and retry when delivery fails.",
    "发送验证码、安全提醒和您订阅的消息，并在发送失败时重试。",
  ),
  retention: text("90 days after sending, or until the account is cancelled.", "发送后保存 90 天，或保存至账户注销。"),
  afterErasure: "deleted",
  sensitive: false,
  source: "generated",
  tables: ["mail_outbox"],
  tabular: true,
  rows: { from: "mail_outbox m", owner: "m.user_id", key: { sql: "m.id", type: "uuid" }, date: "m.created_at" },
  columns: [
    col("id", "m.id", "uuid", "ID", "编号"),
    col("channel", "m.channel", "text", "Channel", "渠道"),
    col("to", "m.to_address", "text", "Sent to", "收件地址"),
    col("subject", "m.subject", "text", "Subject", "主题"),
    col("body", "m.body", "text", "Text", "内容"),
    col("status", "m.status", "text", "Status", "状态"),
    col("createdAt", "m.created_at", "timestamp", "Queued", "创建时间"),
    col("sentAt", "m.sent_at", "timestamp", "Sent", "发送时间"),
  ],
  erase: async (tx, subjectId) => ({
    removed: await deleteOwned(tx, "mail_outbox", "user_id", subjectId),
    retained: 0,
  }),
});
