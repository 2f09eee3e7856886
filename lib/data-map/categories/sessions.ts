import { col, defineCategory, text } from "../define";
import { deleteOwned } from "../erase";

export const sessions = defineCategory({
  key: "sessions",
  group: "activity",
  label: text("Signed-in devices", "已登录设备"),
  purpose: text(
    "Keep you signed in, and let you see and sign out each device.",
    "保持您的登录状态，并让您查看和退出每台设备。",
  ),
  retention: text(
    "90 days after the session ends, or until the account is cancelled.",
    "会话结束后保存 90 天，或保存至账户注销。",
  ),
  afterErasure: "deleted",
  sensitive: false,
  source: "collected",
  tables: ["sessions"],
  tabular: true,
  rows: { from: "sessions s", owner: "s.user_id", key: { sql: "s.id", type: "uuid" }, date: "s.created_at" },
  columns: [
    col("id", "s.id", "uuid", "ID", "编号"),
    col("device", "s.device", "text", "Device", "设备"),
    col("browser", "s.browser", "text", "Browser", "浏览器"),
    col("ip", "s.ip", "text", "IP address", "IP 地址"),
    col("createdAt", "s.created_at", "timestamp", "Signed in", "登录时间"),
    col("lastSeenAt", "s.last_seen_at", "timestamp", "Last active", "最近活动"),
    col("revokedAt", "s.revoked_at", "timestamp", "Signed out", "退出时间"),
  ],
  erase: async (tx, subjectId) => ({ removed: await deleteOwned(tx, "sessions", "user_id", subjectId), retained: 0 }),
});
