import { col, defineCategory, text } from "../define";
import { deleteOwned } from "../erase";

export const consentHistory = defineCategory({
  key: "consentHistory",
  group: "choices",
  label: text("History of your choices", "选择变更记录"),
  purpose: text(
    "Prove what you agreed to, when, from where and under which policy version.",
    "证明您在何时、从何处、依据哪个政策版本同意了什么。",
  ),
  retention: text("As long as you keep the account.", "在您保留账户期间保存。"),
  afterErasure: "deleted",
  sensitive: false,
  source: "generated",
  tables: ["consent_events"],
  tabular: true,
  rows: { from: "consent_events e", owner: "e.user_id", key: { sql: "e.id", type: "uuid" }, date: "e.at" },
  columns: [
    col("id", "e.id", "uuid", "ID", "编号"),
    col("purpose", "e.purpose", "text", "Use", "用途"),
    col("granted", "e.granted", "bool", "Allowed", "是否允许"),
    col("source", "e.source", "text", "Set by", "设置来源"),
    col("policyVersion", "e.policy_version", "text", "Policy version", "政策版本"),
    col("ip", "host(e.ip)", "text", "IP address", "IP 地址"),
    col("at", "e.at", "timestamp", "When", "时间"),
  ],
  erase: async (tx, subjectId) => ({
    removed: await deleteOwned(tx, "consent_events", "user_id", subjectId),
    retained: 0,
  }),
});
