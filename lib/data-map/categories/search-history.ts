import { col, defineCategory, text } from "../define";
import { deleteOwned } from "../erase";

export const searchHistory = defineCategory({
  key: "searchHistory",
  group: "activity",
  label: text("Search history", "搜索记录"),
  purpose: text(
    "Suggest your recent searches and, if you allow it, personalise results.",
    "提示您最近的搜索，并在您允许时用于个性化结果。",
  ),
  retention: text(
    "Until you clear it, turn off its recording, or cancel the account.",
    "保存至您清除记录、关闭记录功能或注销账户。",
  ),
  afterErasure: "deleted",
  sensitive: false,
  source: "collected",
  tables: ["search_events"],
  tabular: true,
  rows: { from: "search_events s", owner: "s.user_id", key: { sql: "s.id", type: "bigint" }, date: "s.at" },
  columns: [
    col("id", "s.id", "int", "ID", "编号"),
    col("query", "s.query", "text", "Searched for", "搜索内容"),
    col("at", "s.at", "timestamp", "When", "时间"),
  ],
  erase: async (tx, subjectId) => ({
    removed: await deleteOwned(tx, "search_events", "user_id", subjectId),
    retained: 0,
  }),
});
