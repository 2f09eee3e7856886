import { col, defineCategory, text } from "../define";
import { deleteOwned } from "../erase";

export const supportAccess = defineCategory({
  key: "supportAccess",
  group: "choices",
  label: text("Support access to your account", "客服对您账户的访问"),
  purpose: text(
    "Let a support agent help you, for a limited time, with a reason and a ticket you can see.",
    "让客服在限定时间内、凭您可见的理由和工单协助您。",
  ),
  retention: text("Three years, or until the account is cancelled.", "保存三年，或保存至账户注销。"),
  afterErasure: "deleted",
  sensitive: false,
  source: "generated",
  tables: ["support_grants"],
  tabular: true,
  rows: { from: "support_grants g", owner: "g.subject_id", key: { sql: "g.id", type: "uuid" }, date: "g.created_at" },
  columns: [
    col("id", "g.id", "uuid", "ID", "编号"),
    col("mode", "g.mode", "text", "Access", "权限"),
    col("reason", "g.reason", "text", "Reason", "原因"),
    col("ticketRef", "g.ticket_ref", "text", "Ticket", "工单"),
    col("createdAt", "g.created_at", "timestamp", "Started", "开始时间"),
    col("expiresAt", "g.expires_at", "timestamp", "Ends", "结束时间"),
    col("revokedAt", "g.revoked_at", "timestamp", "Ended early", "提前结束"),
  ],
  erase: async (tx, subjectId) => ({
    removed: await deleteOwned(tx, "support_grants", "subject_id", subjectId),
    retained: 0,
  }),
});
