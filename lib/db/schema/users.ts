import { sql } from "drizzle-orm";
import { boolean, check, date, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

const now = () => timestamp({ withTimezone: true }).notNull().defaultNow();

export const userStatuses = [
  "active",
  "pending_consent", // a minor waiting for a guardian's consent
  "held", // a minor found to have registered without consent
  "frozen",
  "cancellation_pending",
  "erased",
] as const;
export type UserStatus = (typeof userStatuses)[number];

export const roles = ["shopper", "support", "officer"] as const;
export type Role = (typeof roles)[number];

export const users = pgTable(
  "users",
  {
    id: uuid().primaryKey().defaultRandom(),
    username: text().notNull(),
    email: text(),
    phone: text(),
    passwordHash: text(),
    nickname: text(),
    gender: text(),
    birthDate: date({ mode: "string" }),
    interests: text()
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    status: text({ enum: userStatuses }).notNull().default("active"),
    roles: text({ enum: roles })
      .array()
      .notNull()
      .default(sql`'{shopper}'::text[]`),
    locale: text().notNull().default("en"),
    // Optimistic concurrency: every profile write bumps it, and a stale form is refused.
    version: integer().notNull().default(1),
    createdAt: now(),
    updatedAt: now(),
    erasedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    uniqueIndex("users_username_key").on(sql`lower(${t.username})`),
    uniqueIndex("users_email_key").on(sql`lower(${t.email})`),
    uniqueIndex("users_phone_key").on(t.phone),
    check("users_email_shape", sql`${t.email} is null or ${t.email} ~ '^[^@\\s]+@[^@\\s]+$'`),
    check("users_phone_shape", sql`${t.phone} is null or ${t.phone} ~ '^\\+?[0-9]{6,15}$'`),
    check("users_gender", sql`${t.gender} is null or ${t.gender} in ('female','male','other','undisclosed')`),
    check("users_version_positive", sql`${t.version} > 0`),
    // A live account must have a way to sign in; an erased tombstone has none.
    check("users_sign_in_identifier", sql`${t.status} = 'erased' or ${t.email} is not null or ${t.phone} is not null`),
  ],
);

export const identities = pgTable("identities", {
  userId: uuid()
    .primaryKey()
    .references(() => users.id, { onDelete: "cascade" }),
  legalName: text().notNull(),
  idNumber: text().notNull(),
  verifiedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  // Real-name verification must be released before an account may be cancelled.
  releasedAt: timestamp({ withTimezone: true }),
});

export const sessions = pgTable(
  "sessions",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: now(),
    lastSeenAt: now(),
    // Step-up: the last time the password was typed in this session.
    confirmedAt: now(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    revokedAt: timestamp({ withTimezone: true }),
    revokedReason: text(),
    ip: text(),
    userAgent: text(),
    device: text(),
    browser: text(),
  },
  (t) => [index("sessions_user_idx").on(t.userId)],
);

export const signInAttempts = pgTable(
  "sign_in_attempts",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid().references(() => users.id, { onDelete: "cascade" }),
    // A keyed hash of the identifier typed, so throttling works for unknown accounts without storing what was typed.
    identifierHash: text().notNull(),
    ip: text(),
    userAgent: text(),
    success: boolean().notNull(),
    reason: text().notNull(),
    createdAt: now(),
  },
  (t) => [
    index("sign_in_attempts_identifier_idx").on(t.identifierHash, t.createdAt),
    index("sign_in_attempts_ip_idx").on(t.ip, t.createdAt),
    index("sign_in_attempts_user_idx").on(t.userId, t.createdAt),
  ],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type Session = typeof sessions.$inferSelect;
