import { col, defineCategory, text } from "../define";
import { deleteOwned } from "../erase";

export const merchantStores = defineCategory({
  key: "merchantStores",
  group: "shopping",
  label: text("Merchant stores", "开设的店铺"),
  purpose: text("Run the stores you opened on the marketplace.", "运营您在商城开设的店铺。"),
  retention: text("Until the store is unbound or the account is cancelled.", "保存至店铺解绑或账户注销。"),
  afterErasure: "deleted",
  sensitive: false,
  source: "provided",
  tables: ["merchant_stores"],
  tabular: true,
  rows: { from: "merchant_stores m", owner: "m.user_id", key: { sql: "m.id", type: "uuid" } },
  columns: [
    col("id", "m.id", "uuid", "ID", "编号"),
    col("name", "m.name", "text", "Store name", "店铺名称"),
    col("status", "m.status", "text", "Status", "状态"),
    col("createdAt", "m.created_at", "timestamp", "Opened", "开设时间"),
  ],
  erase: async (tx, subjectId) => ({
    removed: await deleteOwned(tx, "merchant_stores", "user_id", subjectId),
    retained: 0,
  }),
});
