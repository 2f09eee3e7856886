import { col, defineCategory, text } from "../define";
import { deleteOwned } from "../erase";

export const paymentMethods = defineCategory({
  key: "paymentMethods",
  group: "shopping",
  label: text("Payment cards", "支付卡"),
  purpose: text(
    "Let you pay with a saved card. Only the brand, the last 4 digits and the expiry are kept.",
    "让您使用已保存的银行卡付款。仅保存卡组织、卡号后 4 位和有效期。",
  ),
  retention: text("Until you remove the card or cancel the account.", "保存至您移除该卡或注销账户。"),
  afterErasure: "deleted",
  sensitive: true,
  source: "provided",
  tables: ["payment_methods"],
  tabular: true,
  rows: { from: "payment_methods m", owner: "m.user_id", key: { sql: "m.id", type: "uuid" } },
  columns: [
    col("id", "m.id", "uuid", "ID", "编号"),
    col("brand", "m.brand", "text", "Brand", "卡组织"),
    col("last4", "m.last4", "text", "Last 4 digits", "卡号后 4 位"),
    col("expMonth", "m.exp_month", "int", "Expiry month", "到期月份"),
    col("expYear", "m.exp_year", "int", "Expiry year", "到期年份"),
    col("createdAt", "m.created_at", "timestamp", "Added", "添加时间"),
  ],
  erase: async (tx, subjectId) => ({
    removed: await deleteOwned(tx, "payment_methods", "user_id", subjectId),
    retained: 0,
  }),
});
