import { sql } from "drizzle-orm";
import { check, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt } from "./columns";
import { users } from "./users";

export const guardianships = pgTable(
  "guardianships",
  {
    id: uuid().primaryKey().defaultRandom(),
    guardianId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    minorId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    relationship: text({ enum: ["parent", "legal_guardian"] })
      .notNull()
      .default("parent"),
    status: text({ enum: ["pending", "active", "withdrawn", "ended"] })
      .notNull()
      .default("pending"),
    consentedAt: timestamp({ withTimezone: true }),
    endedAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("guardianships_live_pair")
      .on(t.guardianId, t.minorId)
      .where(sql`${t.status} in ('pending','active')`),
    index("guardianships_minor_idx").on(t.minorId),
    check("guardianships_not_self", sql`${t.guardianId} <> ${t.minorId}`),
  ],
);

export const supportGrants = pgTable(
  "support_grants",
  {
    id: uuid().primaryKey().defaultRandom(),
    agentId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    subjectId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    mode: text({ enum: ["read", "write"] }).notNull(),
    reason: text().notNull(),
    ticketRef: text().notNull(),
    createdAt: createdAt(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    revokedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index("support_grants_agent_idx").on(t.agentId, t.subjectId),
    index("support_grants_subject_idx").on(t.subjectId),
    check("support_grants_not_self", sql`${t.agentId} <> ${t.subjectId}`),
    check("support_grants_window", sql`${t.expiresAt} > ${t.createdAt}`),
    check("support_grants_reason", sql`length(${t.reason}) >= 5 and length(${t.ticketRef}) >= 3`),
  ],
);
