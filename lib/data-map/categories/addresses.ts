import { col, defineCategory, text } from "../define";
import { deleteOwned } from "../erase";

export const addresses = defineCategory({
  key: "addresses",
  group: "shopping",
  label: text("Delivery addresses", "收货地址"),
  purpose: text("Deliver your orders.", "配送您的订单。"),
  retention: text("Until you delete them or cancel the account.", "保存至您删除或注销账户。"),
  afterErasure: "deleted",
  sensitive: false,
  source: "provided",
  tables: ["addresses"],
  tabular: true,
  rows: { from: "addresses a", owner: "a.user_id", key: { sql: "a.id", type: "uuid" } },
  columns: [
    col("id", "a.id", "uuid", "ID", "编号"),
    col("consignee", "a.consignee", "text", "Recipient", "收货人"),
    col("phone", "a.phone", "text", "Phone", "电话"),
    col("region", "a.region", "text", "Region", "省份/地区"),
    col("city", "a.city", "text", "City", "城市"),
    col("line1", "a.line1", "text", "Street address", "详细地址"),
    col("postcode", "a.postcode", "text", "Postcode", "邮政编码"),
    col("isDefault", "a.is_default", "bool", "Default", "默认地址"),
    col("createdAt", "a.created_at", "timestamp", "Added", "添加时间"),
  ],
  erase: async (tx, subjectId) => ({ removed: await deleteOwned(tx, "addresses", "user_id", subjectId), retained: 0 }),
});
