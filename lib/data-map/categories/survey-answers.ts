import { col, defineCategory, text } from "../define";
import { deleteOwned } from "../erase";

export const surveyAnswers = defineCategory({
  key: "surveyAnswers",
  group: "service",
  label: text("Survey answers", "问卷回答"),
  purpose: text("Improve the shop from what you told us in surveys.", "根据您在问卷中的反馈改进商城。"),
  retention: text("Two years, or until the account is cancelled.", "保存两年，或保存至账户注销。"),
  afterErasure: "deleted",
  sensitive: false,
  source: "provided",
  tables: ["survey_answers"],
  tabular: true,
  rows: { from: "survey_answers s", owner: "s.user_id", key: { sql: "s.id", type: "bigint" }, date: "s.answered_at" },
  columns: [
    col("id", "s.id", "int", "ID", "编号"),
    col("survey", "s.survey", "text", "Survey", "问卷"),
    col("question", "s.question", "text", "Question", "问题"),
    col("answer", "s.answer", "text", "Your answer", "您的回答"),
    col("answeredAt", "s.answered_at", "timestamp", "Answered", "回答时间"),
  ],
  erase: async (tx, subjectId) => ({
    removed: await deleteOwned(tx, "survey_answers", "user_id", subjectId),
    retained: 0,
  }),
});
