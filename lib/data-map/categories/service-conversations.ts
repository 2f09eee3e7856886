import { col, defineCategory, text } from "../define";
import { deleteOwned } from "../erase";

export const serviceConversations = defineCategory({
  key: "serviceConversations",
  group: "service",
  label: text("Customer-service conversations", "客服对话"),
  purpose: text("Answer your questions and keep track of what was agreed.", "解答您的问题并记录双方的约定。"),
  retention: text(
    "Three years after the conversation ends, or until the account is cancelled.",
    "对话结束后保存三年，或保存至账户注销。",
  ),
  afterErasure: "deleted",
  sensitive: false,
  source: "provided",
  tables: ["service_conversations"],
  tabular: true,
  rows: {
    from: "service_conversations c",
    owner: "c.user_id",
    key: { sql: "c.id", type: "uuid" },
    date: "c.created_at",
  },
  columns: [
    col("id", "c.id", "uuid", "ID", "编号"),
    col("topic", "c.topic", "text", "Topic", "主题"),
    col("status", "c.status", "text", "Status", "状态"),
    col("messages", "c.messages", "json", "Messages", "消息"),
    col("createdAt", "c.created_at", "timestamp", "Started", "开始时间"),
  ],
  erase: async (tx, subjectId) => ({
    removed: await deleteOwned(tx, "service_conversations", "user_id", subjectId),
    retained: 0,
  }),
});
