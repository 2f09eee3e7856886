import { sql } from "drizzle-orm";
import { col, defineCategory, text } from "../define";
import { changedCount } from "../erase";

export const downloads = defineCategory({
  key: "downloads",
  group: "choices",
  label: text("Downloads of your data", "您的数据下载记录"),
  purpose: text(
    "Prepare download links for your data, limit them, and let you revoke them.",
    "生成您的数据下载链接，限制使用次数，并允许您撤销。",
  ),
  retention: text("90 days, or until the account is cancelled.", "保存 90 天，或保存至账户注销。"),
  afterErasure: "deleted",
  sensitive: false,
  source: "generated",
  tables: ["export_links"],
  tabular: true,
  rows: { from: "export_links e", owner: "e.subject_id", key: { sql: "e.id", type: "uuid" }, date: "e.created_at" },
  columns: [
    col("id", "e.id", "uuid", "ID", "编号"),
    col("categories", "to_json(e.categories)", "json", "Categories", "数据类别"),
    col("fromDate", "e.from_date", "date", "From", "起始日期"),
    col("toDate", "e.to_date", "date", "To", "截止日期"),
    col("createdAt", "e.created_at", "timestamp", "Prepared", "生成时间"),
    col("expiresAt", "e.expires_at", "timestamp", "Expires", "过期时间"),
    col("revokedAt", "e.revoked_at", "timestamp", "Revoked", "撤销时间"),
    col("uses", "e.uses", "int", "Times used", "使用次数"),
  ],
  erase: async (tx, subjectId) => ({
    removed: await changedCount(
      tx,
      sql`delete from export_links where subject_id = ${subjectId} or actor_id = ${subjectId} returning 1`,
    ),
    retained: 0,
  }),
});
