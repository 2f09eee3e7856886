import { bigint, boolean, index, inet, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { createdAt, ownerId } from "./columns";

export const consentSources = ["self", "guardian", "support", "gpc", "default"] as const;

export const policyVersions = pgTable("policy_versions", {
  id: uuid().primaryKey().defaultRandom(),
  version: text().notNull().unique(),
  material: boolean().notNull().default(false),
  summaryEn: text().notNull(),
  summaryZh: text().notNull(),
  bodyEn: text().notNull(),
  bodyZh: text().notNull(),
  publishedAt: createdAt(),
});

// The current state of each choice, kept in step with consent_events in the same transaction.
export const consents = pgTable(
  "consents",
  {
    userId: ownerId(),
    purpose: text().notNull(),
    granted: boolean().notNull(),
    source: text({ enum: consentSources }).notNull(),
    policyVersion: text().notNull(),
    updatedAt: createdAt(),
    // The sequence of the write that set this state: a write carrying an older one arrives late and loses.
    seq: bigint({ mode: "number" }).notNull().default(0),
    // On while the shopper's explicit confirmation to override the browser's Global Privacy Control stands.
    gpcOverride: boolean().notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.userId, t.purpose] })],
);

export const consentEvents = pgTable(
  "consent_events",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: ownerId(),
    purpose: text().notNull(),
    granted: boolean().notNull(),
    source: text({ enum: consentSources }).notNull(),
    actorId: uuid(),
    policyVersion: text().notNull(),
    ip: inet(),
    at: createdAt(),
    seq: bigint({ mode: "number" }).notNull().default(0),
    gpcOverride: boolean().notNull().default(false),
  },
  (t) => [index("consent_events_user_idx").on(t.userId, t.at)],
);

export const policyAcknowledgments = pgTable(
  "policy_acknowledgments",
  {
    userId: ownerId(),
    version: text().notNull(),
    acknowledgedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.version] })],
);
