import { sql } from "drizzle-orm";
import { col, defineCategory, text } from "../define";

export const accessLog = defineCategory({
  key: "accessLog",
  group: "choices",
  label: text("Record of access to your data", "您的数据访问记录"),
  purpose: text(
    "Show who did what with your data, when and how they reached it (you, a guardian, support, the privacy office).",
    "记录谁在何时、以何种身份（您本人、监护人、客服、隐私办公室）对您的数据做了什么。",
  ),
  retention: text(
    "Kept, also after cancellation: it holds no personal values, only what was done and when.",
    "永久保存，注销后亦然：其中不含个人信息的具体内容，只记录做了什么以及何时做的。",
  ),
  afterErasure: "kept",
  sensitive: false,
  source: "generated",
  tables: ["audit_events"],
  tabular: true,
  rows: { from: "audit_events a", owner: "a.subject_id", key: { sql: "a.id", type: "bigint" }, date: "a.at" },
  columns: [
    col("at", "a.at", "timestamp", "When", "时间"),
    col("operation", "a.operation", "text", "What", "操作"),
    col("outcome", "a.outcome", "text", "Outcome", "结果"),
    col("via", "a.via", "text", "By", "操作身份"),
    col("target", "a.target_type", "text", "On", "对象"),
    col("fields", "to_json(a.fields)", "json", "Fields", "字段"),
  ],
  // The trail is append-only (a trigger refuses deletes) and hash-chained; it outlives the account by design.
  erase: async (tx, subjectId) => {
    const result = (await tx.execute(
      sql`select count(*)::int as n from audit_events where subject_id = ${subjectId}`,
    )) as unknown as { rows: { n: number }[] };
    return {
      removed: 0,
      retained: Number(result.rows[0]?.n ?? 0),
      reason: text(
        "The access record: which operations happened and when, without any of your details.",
        "访问记录：发生了哪些操作及时间，不含您的任何信息。",
      ),
    };
  },
});
