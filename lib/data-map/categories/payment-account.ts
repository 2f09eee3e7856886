import { col, defineCategory, text } from "../define";
import { deleteOwned } from "../erase";

export const paymentAccount = defineCategory({
  key: "paymentAccount",
  group: "shopping",
  label: text("Payment account", "支付账户"),
  purpose: text(
    "The shop's payment account linked to yours: pay, refund and settle.",
    "与您的账户关联的商城支付账户：用于付款、退款和结算。",
  ),
  retention: text(
    "Until the payment account is closed and settled, which cancellation requires.",
    "保存至支付账户关闭并结清（注销账户的前提条件）。",
  ),
  afterErasure: "deleted",
  sensitive: true,
  source: "generated",
  tables: ["payment_accounts"],
  tabular: false,
  rows: { from: "payment_accounts p", owner: "p.user_id", key: { sql: "p.user_id", type: "uuid" } },
  columns: [
    col("provider", "p.provider", "text", "Provider", "服务商"),
    col("status", "p.status", "text", "Status", "状态"),
    col("settled", "p.settled", "bool", "Settled", "已结清"),
    col("createdAt", "p.created_at", "timestamp", "Opened", "开通时间"),
  ],
  erase: async (tx, subjectId) => ({
    removed: await deleteOwned(tx, "payment_accounts", "user_id", subjectId),
    retained: 0,
  }),
});
