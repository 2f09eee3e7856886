import { col, defineCategory, text } from "../define";

// A cancellation's own record holds dates and a status, nothing personal: it stays after the erasure as the
// proof that the shop did what was asked, and as the job's claim while it runs.
export const cancellations = defineCategory({
  key: "cancellations",
  group: "you",
  label: text("Account cancellations", "账户注销记录"),
  purpose: text(
    "Carry out a cancellation you started, and let you withdraw it during the cooling-off period.",
    "执行您发起的注销，并允许您在冷静期内撤回。",
  ),
  retention: text(
    "Kept after the erasure: dates and status only, as proof the cancellation was carried out.",
    "清除后仍保留：仅含日期和状态，用于证明注销已执行。",
  ),
  afterErasure: "kept",
  sensitive: false,
  source: "generated",
  tables: ["cancellations"],
  tabular: true,
  rows: { from: "cancellations x", owner: "x.user_id", key: { sql: "x.id", type: "uuid" }, date: "x.started_at" },
  columns: [
    col("id", "x.id", "uuid", "ID", "编号"),
    col("status", "x.status", "text", "Status", "状态"),
    col("startedAt", "x.started_at", "timestamp", "Started", "发起时间"),
    col("eraseAfter", "x.erase_after", "timestamp", "Erasure due", "预定清除时间"),
    col("withdrawnAt", "x.withdrawn_at", "timestamp", "Withdrawn", "撤回时间"),
    col("erasedAt", "x.erased_at", "timestamp", "Erased", "清除时间"),
  ],
  erase: async () => ({
    removed: 0,
    retained: 1,
    reason: text(
      "Dates and status of the cancellation itself, as proof it was carried out.",
      "注销本身的日期和状态，用于证明已执行。",
    ),
  }),
});
