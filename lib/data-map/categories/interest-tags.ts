import { col, defineCategory, text } from "../define";
import { deleteOwned } from "../erase";

export const interestTags = defineCategory({
  key: "interestTags",
  group: "activity",
  label: text("Inferred interest tags", "推断的兴趣标签"),
  purpose: text(
    "Personalise recommendations, when you allow it. Worked out from what you browse, search and buy.",
    "在您允许时用于个性化推荐。根据您的浏览、搜索和购买推断得出。",
  ),
  retention: text(
    "Until you delete them, turn off personalisation, or cancel the account.",
    "保存至您删除标签、关闭个性化推荐或注销账户。",
  ),
  afterErasure: "deleted",
  sensitive: false,
  source: "inferred",
  tables: ["interest_tags"],
  tabular: true,
  rows: { from: "interest_tags t", owner: "t.user_id", key: { sql: "t.id", type: "uuid" } },
  columns: [
    col("id", "t.id", "uuid", "ID", "编号"),
    col("tag", "t.tag", "text", "Tag", "标签"),
    col("weight", "t.weight", "text", "Strength", "强度"),
    col("createdAt", "t.created_at", "timestamp", "Inferred", "推断时间"),
  ],
  erase: async (tx, subjectId) => ({
    removed: await deleteOwned(tx, "interest_tags", "user_id", subjectId),
    retained: 0,
  }),
});
