import { timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

export const createdAt = () => timestamp({ withTimezone: true }).notNull().defaultNow();
export const ownerId = () =>
  uuid()
    .notNull()
    .references(() => users.id, { onDelete: "cascade" });
