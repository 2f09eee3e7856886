import { col, defineCategory, text } from "../define";
import { deleteOwned } from "../erase";

export const browsingHistory = defineCategory({
  key: "browsingHistory",
  group: "activity",
  label: text("Browsing history", "浏览记录"),
  purpose: text(
    "Show what you looked at recently and, if you allow it, personalise recommendations.",
    "展示您最近浏览的商品，并在您允许时用于个性化推荐。",
  ),
  retention: text(
    "Until you clear it, turn off its recording, or cancel the account.",
    "保存至您清除记录、关闭记录功能或注销账户。",
  ),
  afterErasure: "deleted",
  sensitive: false,
  source: "collected",
  tables: ["browsing_events"],
  tabular: true,
  rows: {
    from: "browsing_events b left join products p on p.id = b.product_id",
    owner: "b.user_id",
    key: { sql: "b.id", type: "bigint" },
    date: "b.at",
  },
  columns: [
    col("id", "b.id", "int", "ID", "编号"),
    col("productId", "b.product_id", "uuid", "Product ID", "商品 ID"),
    col("product", "p.name", "text", "Product", "商品"),
    col("at", "b.at", "timestamp", "Viewed", "浏览时间"),
  ],
  erase: async (tx, subjectId) => ({
    removed: await deleteOwned(tx, "browsing_events", "user_id", subjectId),
    retained: 0,
  }),
});
