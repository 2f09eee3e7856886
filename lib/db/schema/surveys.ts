import { bigserial, index, pgTable, text } from "drizzle-orm/pg-core";
import { createdAt, ownerId } from "./columns";

// Answers a shopper gave to satisfaction and research surveys (one row per question answered).
export const surveyAnswers = pgTable(
  "survey_answers",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    userId: ownerId(),
    survey: text().notNull(),
    question: text().notNull(),
    answer: text().notNull(),
    answeredAt: createdAt(),
  },
  (t) => [index("survey_answers_user_idx").on(t.userId, t.id)],
);
