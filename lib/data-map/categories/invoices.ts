import { col, defineCategory, text } from "../define";
import { deleteOwned } from "../erase";

export const invoices = defineCategory({
  key: "invoices",
  group: "shopping",
  label: text("Invoice details", "发票信息"),
  purpose: text("Issue invoices with the title and taxpayer ID you chose.", "按您选择的抬头和纳税人识别号开具发票。"),
  retention: text("Until you delete them or cancel the account.", "保存至您删除或注销账户。"),
  afterErasure: "deleted",
  sensitive: false,
  source: "provided",
  tables: ["invoice_details"],
  tabular: true,
  rows: { from: "invoice_details d", owner: "d.user_id", key: { sql: "d.id", type: "uuid" } },
  columns: [
    col("id", "d.id", "uuid", "ID", "编号"),
    col("title", "d.title", "text", "Invoice title", "发票抬头"),
    col("taxpayerId", "d.taxpayer_id", "text", "Taxpayer ID", "纳税人识别号"),
    col("createdAt", "d.created_at", "timestamp", "Added", "添加时间"),
  ],
  erase: async (tx, subjectId) => ({
    removed: await deleteOwned(tx, "invoice_details", "user_id", subjectId),
    retained: 0,
  }),
});
