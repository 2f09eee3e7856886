import { col, defineCategory, text } from "../define";
import { deleteOwned } from "../erase";

export const signIns = defineCategory({
  key: "signIns",
  group: "activity",
  label: text("Sign-in history", "登录记录"),
  purpose: text(
    "Protect the account: slow down password guessing and show you every attempt.",
    "保护账户：限制密码猜测，并向您展示每一次登录尝试。",
  ),
  retention: text("90 days, or until the account is cancelled.", "保存 90 天，或保存至账户注销。"),
  afterErasure: "deleted",
  sensitive: false,
  source: "collected",
  tables: ["sign_in_attempts"],
  tabular: true,
  rows: { from: "sign_in_attempts a", owner: "a.user_id", key: { sql: "a.id", type: "uuid" }, date: "a.created_at" },
  columns: [
    col("id", "a.id", "uuid", "ID", "编号"),
    col("at", "a.created_at", "timestamp", "When", "时间"),
    col("success", "a.success", "bool", "Succeeded", "是否成功"),
    col("reason", "a.reason", "text", "Result", "结果"),
    col("ip", "a.ip", "text", "IP address", "IP 地址"),
    col("userAgent", "a.user_agent", "text", "Browser", "浏览器"),
  ],
  erase: async (tx, subjectId) => ({
    removed: await deleteOwned(tx, "sign_in_attempts", "user_id", subjectId),
    retained: 0,
  }),
});
