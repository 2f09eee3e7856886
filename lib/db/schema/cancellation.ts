import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";
import { users } from "./users";

export const cancellationStatuses = ["pending", "withdrawn", "erased"] as const;

// One row per attempt: a withdrawn cancellation stays as history, and at most one is pending at a time.
// The pending row is also the erasure job's claim: the runner locks it (SKIP LOCKED) for the whole erasure.
export const cancellations = pgTable(
  "cancellations",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    status: text({ enum: cancellationStatuses }).notNull().default("pending"),
    startedById: uuid().references(() => users.id, { onDelete: "set null" }),
    startedAt: createdAt(),
    eraseAfter: timestamp({ withTimezone: true }).notNull(),
    // The account's status before it became pending, restored exactly on withdrawal.
    previousStatus: text().notNull(),
    withdrawnAt: timestamp({ withTimezone: true }),
    erasedAt: timestamp({ withTimezone: true }),
    attempts: integer().notNull().default(0),
    lastError: text(),
  },
  (t) => [
    uniqueIndex("cancellations_one_pending")
      .on(t.userId)
      .where(sql`${t.status} = 'pending'`),
    index("cancellations_due_idx")
      .on(t.eraseAfter)
      .where(sql`${t.status} = 'pending'`),
    check("cancellations_after_start", sql`${t.eraseAfter} > ${t.startedAt}`),
    check("cancellations_status", sql`${t.status} in ('pending', 'withdrawn', 'erased')`),
  ],
);

// Tests and demos move time forward; production never reads it (see lib/jobs/clock.ts).
export const appClock = pgTable(
  "app_clock",
  {
    id: integer().primaryKey().default(1),
    offsetSeconds: integer().notNull().default(0),
  },
  (t) => [check("app_clock_single_row", sql`${t.id} = 1`)],
);
