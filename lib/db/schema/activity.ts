import { bigserial, index, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, ownerId } from "./columns";
import { products } from "./shop";

// High-volume tables use bigserial keys so exports and purges can walk them in keyset pages.
export const browsingEvents = pgTable(
  "browsing_events",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    userId: ownerId(),
    productId: uuid().references(() => products.id, { onDelete: "set null" }),
    at: createdAt(),
  },
  (t) => [index("browsing_events_user_idx").on(t.userId, t.id)],
);

export const searchEvents = pgTable(
  "search_events",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    userId: ownerId(),
    query: text().notNull(),
    at: createdAt(),
  },
  (t) => [index("search_events_user_idx").on(t.userId, t.id)],
);

export const interestTags = pgTable(
  "interest_tags",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: ownerId(),
    tag: text().notNull(),
    weight: text().notNull().default("medium"),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("interest_tags_user_tag").on(t.userId, t.tag)],
);

export const deviceLogs = pgTable(
  "device_logs",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    userId: ownerId(),
    deviceModel: text(),
    os: text(),
    ip: text(),
    browser: text(),
    language: text(),
    at: createdAt(),
  },
  (t) => [index("device_logs_user_idx").on(t.userId, t.id)],
);
