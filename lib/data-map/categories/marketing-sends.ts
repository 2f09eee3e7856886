import { col, defineCategory, text } from "../define";
import { deleteOwned } from "../erase";

export const marketingSends = defineCategory({
  key: "marketingSends",
  group: "choices",
  label: text("Marketing sent to you", "向您发送的营销信息"),
  purpose: text(
    "Remember which campaign reached you on which channel, so nobody is contacted twice and your choices can be checked.",
    "记录哪次活动通过哪个渠道联系过您，避免重复打扰，并可核对是否遵从了您的选择。",
  ),
  retention: text("One year, or until the account is cancelled.", "保存一年，或保存至账户注销。"),
  afterErasure: "deleted",
  sensitive: false,
  source: "generated",
  tables: ["marketing_sends"],
  tabular: true,
  rows: { from: "marketing_sends m", owner: "m.user_id", key: { sql: "m.id", type: "uuid" }, date: "m.created_at" },
  columns: [
    col("id", "m.id", "uuid", "ID", "编号"),
    col("campaign", "m.campaign", "text", "Campaign", "活动"),
    col("channel", "m.channel", "text", "Channel", "渠道"),
    col("sentAt", "m.created_at", "timestamp", "Sent", "发送时间"),
  ],
  erase: async (tx, subjectId) => ({
    removed: await deleteOwned(tx, "marketing_sends", "user_id", subjectId),
    retained: 0,
  }),
});
