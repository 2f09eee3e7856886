import { col, defineCategory, text } from "../define";
import { deleteOwned } from "../erase";

export const reviews = defineCategory({
  key: "reviews",
  group: "shopping",
  label: text("Reviews and comments", "评价与评论"),
  purpose: text("Show your reviews to other shoppers under your nickname.", "以您的昵称向其他顾客展示您的评价。"),
  retention: text("Until you delete them or cancel the account.", "保存至您删除或注销账户。"),
  afterErasure: "deleted",
  sensitive: false,
  source: "provided",
  tables: ["reviews"],
  tabular: true,
  rows: {
    from: "reviews r left join products p on p.id = r.product_id",
    owner: "r.user_id",
    key: { sql: "r.id", type: "uuid" },
    date: "r.created_at",
  },
  columns: [
    col("id", "r.id", "uuid", "ID", "编号"),
    col("product", "p.name", "text", "Product", "商品"),
    col("rating", "r.rating", "int", "Rating", "评分"),
    col("body", "r.body", "text", "Review", "评价内容"),
    col("createdAt", "r.created_at", "timestamp", "Written", "发表时间"),
  ],
  erase: async (tx, subjectId) => ({ removed: await deleteOwned(tx, "reviews", "user_id", subjectId), retained: 0 }),
});
