import { col, defineCategory, text } from "../define";
import { deleteOwned } from "../erase";

export const policyAcknowledgments = defineCategory({
  key: "policyAcknowledgments",
  group: "choices",
  label: text("Policy changes you acknowledged", "您确认过的政策变更"),
  purpose: text(
    "Know which privacy policy changes you have read, so we only ask once.",
    "记录您已阅读的隐私政策变更，避免重复提示。",
  ),
  retention: text("As long as you keep the account.", "在您保留账户期间保存。"),
  afterErasure: "deleted",
  sensitive: false,
  source: "provided",
  tables: ["policy_acknowledgments"],
  tabular: true,
  rows: {
    from: "policy_acknowledgments a",
    owner: "a.user_id",
    key: { sql: "a.version", type: "text" },
    date: "a.acknowledged_at",
  },
  columns: [
    col("version", "a.version", "text", "Policy version", "政策版本"),
    col("acknowledgedAt", "a.acknowledged_at", "timestamp", "Acknowledged", "确认时间"),
  ],
  erase: async (tx, subjectId) => ({
    removed: await deleteOwned(tx, "policy_acknowledgments", "user_id", subjectId),
    retained: 0,
  }),
});
