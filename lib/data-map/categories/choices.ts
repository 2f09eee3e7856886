import { col, defineCategory, text } from "../define";
import { deleteOwned } from "../erase";

export const choices = defineCategory({
  key: "choices",
  group: "choices",
  label: text("Your privacy choices", "您的隐私选择"),
  purpose: text(
    "Do only what you allowed: marketing, sharing, personalisation, collection and cookies.",
    "只做您允许的事：营销、共享、个性化、信息收集和 Cookie。",
  ),
  retention: text("As long as you keep the account.", "在您保留账户期间保存。"),
  afterErasure: "deleted",
  sensitive: false,
  source: "provided",
  tables: ["consents"],
  tabular: true,
  rows: { from: "consents c", owner: "c.user_id", key: { sql: "c.purpose", type: "text" } },
  columns: [
    col("purpose", "c.purpose", "text", "Use", "用途"),
    col("granted", "c.granted", "bool", "Allowed", "是否允许"),
    col("source", "c.source", "text", "Set by", "设置来源"),
    col("policyVersion", "c.policy_version", "text", "Policy version", "政策版本"),
    col("updatedAt", "c.updated_at", "timestamp", "Changed", "修改时间"),
  ],
  erase: async (tx, subjectId) => ({ removed: await deleteOwned(tx, "consents", "user_id", subjectId), retained: 0 }),
});
