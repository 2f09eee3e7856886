import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { createdAt, ownerId } from "./columns";

export const contactChannels = ["email", "phone"] as const;
export type ContactChannel = (typeof contactChannels)[number];

export const contactChallengeStatuses = [
  "pending",
  "confirmed", // the code was right and the address changed
  "superseded", // a newer request for the same channel replaced it
  "exhausted", // too many wrong tries
] as const;

// A code sent to a new sign-in address: the address only changes once the code comes back.
export const contactChangeCodes = pgTable(
  "contact_change_codes",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: ownerId(),
    channel: text({ enum: contactChannels }).notNull(),
    newValue: text().notNull(),
    // A keyed hash bound to this challenge: the code itself is never stored.
    codeHash: text().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    attempts: integer().notNull().default(0),
    // Every send of a code for this challenge; resend throttling counts them per user.
    sentAt: timestamp({ withTimezone: true })
      .array()
      .notNull()
      .default(sql`'{}'::timestamptz[]`),
    status: text({ enum: contactChallengeStatuses }).notNull().default("pending"),
    createdAt: createdAt(),
    consumedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index("contact_change_codes_user_idx").on(t.userId, t.createdAt),
    check("contact_change_codes_attempts", sql`${t.attempts} >= 0`),
    check("contact_change_codes_status", sql`${t.status} in ('pending','confirmed','superseded','exhausted')`),
    check("contact_change_codes_channel", sql`${t.channel} in ('email','phone')`),
  ],
);

export type ContactChangeCode = typeof contactChangeCodes.$inferSelect;
