import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, ownerId } from "./columns";
import { users } from "./users";

export const linkedLogins = pgTable(
  "linked_logins",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: ownerId(),
    provider: text().notNull(),
    externalId: text().notNull(),
    displayName: text(),
    linkedAt: createdAt(),
  },
  (t) => [
    uniqueIndex("linked_logins_provider_external").on(t.provider, t.externalId),
    index("linked_logins_user_idx").on(t.userId),
  ],
);

export const assets = pgTable(
  "assets",
  {
    userId: uuid()
      .primaryKey()
      .references(() => users.id, { onDelete: "cascade" }),
    balanceCents: bigint({ mode: "number" }).notNull().default(0),
    coupons: integer().notNull().default(0),
    points: integer().notNull().default(0),
    depositCents: bigint({ mode: "number" }).notNull().default(0),
    owedCents: bigint({ mode: "number" }).notNull().default(0),
    forfeitAcceptedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    check(
      "assets_non_negative",
      sql`${t.balanceCents} >= 0 and ${t.coupons} >= 0 and ${t.points} >= 0 and ${t.depositCents} >= 0 and ${t.owedCents} >= 0`,
    ),
  ],
);

export const paymentAccounts = pgTable("payment_accounts", {
  userId: uuid()
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  provider: text().notNull(),
  status: text({ enum: ["open", "closed"] })
    .notNull()
    .default("open"),
  settled: boolean().notNull().default(true),
  createdAt: createdAt(),
});

export const merchantStores = pgTable(
  "merchant_stores",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: ownerId(),
    name: text().notNull(),
    status: text({ enum: ["open", "unbound"] })
      .notNull()
      .default("open"),
    createdAt: createdAt(),
  },
  (t) => [index("merchant_stores_user_idx").on(t.userId)],
);

export const complaints = pgTable(
  "complaints",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: ownerId(),
    kind: text({ enum: ["complaint", "report"] }).notNull(),
    status: text({ enum: ["open", "closed"] })
      .notNull()
      .default("open"),
    summary: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("complaints_user_idx").on(t.userId)],
);
