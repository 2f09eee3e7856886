import { col, defineCategory, text } from "../define";
import { deleteOwned } from "../erase";

export const deviceLogs = defineCategory({
  key: "deviceLogs",
  group: "activity",
  label: text("Device and log records", "设备与日志记录"),
  purpose: text(
    "Keep your account safe (spot unusual devices) and fix faults.",
    "保障账户安全（发现异常设备）并排查故障。",
  ),
  retention: text("180 days, or until the account is cancelled.", "保存 180 天，或保存至账户注销。"),
  afterErasure: "deleted",
  sensitive: false,
  source: "collected",
  tables: ["device_logs"],
  tabular: true,
  rows: { from: "device_logs d", owner: "d.user_id", key: { sql: "d.id", type: "bigint" }, date: "d.at" },
  columns: [
    col("id", "d.id", "int", "ID", "编号"),
    col("deviceModel", "d.device_model", "text", "Device model", "设备型号"),
    col("os", "d.os", "text", "Operating system", "操作系统"),
    col("ip", "d.ip", "text", "IP address", "IP 地址"),
    col("browser", "d.browser", "text", "Browser", "浏览器"),
    col("language", "d.language", "text", "Language", "语言"),
    col("at", "d.at", "timestamp", "When", "时间"),
  ],
  erase: async (tx, subjectId) => ({
    removed: await deleteOwned(tx, "device_logs", "user_id", subjectId),
    retained: 0,
  }),
});
