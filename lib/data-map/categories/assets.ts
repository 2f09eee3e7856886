import { col, defineCategory, text } from "../define";
import { deleteOwned } from "../erase";

export const assets = defineCategory({
  key: "assets",
  group: "shopping",
  label: text("Balance, coupons and points", "余额、优惠券和积分"),
  purpose: text("Keep what you hold in the shop, and what you owe it.", "记录您在商城持有的资产以及欠款。"),
  retention: text(
    "As long as you keep the account; forfeited when it is cancelled.",
    "在您保留账户期间保存；注销账户时作废。",
  ),
  afterErasure: "deleted",
  sensitive: false,
  source: "generated",
  tables: ["assets"],
  tabular: false,
  rows: { from: "assets a", owner: "a.user_id", key: { sql: "a.user_id", type: "uuid" } },
  columns: [
    col("balanceCents", "a.balance_cents", "int", "Balance (cents)", "余额（分）"),
    col("coupons", "a.coupons", "int", "Coupons", "优惠券"),
    col("points", "a.points", "int", "Points", "积分"),
    col("depositCents", "a.deposit_cents", "int", "Deposit held (cents)", "押金（分）"),
    col("owedCents", "a.owed_cents", "int", "Owed (cents)", "欠款（分）"),
    col("forfeitAcceptedAt", "a.forfeit_accepted_at", "timestamp", "Forfeit accepted", "同意放弃时间"),
  ],
  erase: async (tx, subjectId) => ({ removed: await deleteOwned(tx, "assets", "user_id", subjectId), retained: 0 }),
});
