import { sql } from "drizzle-orm";
import { check, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { createdAt, ownerId } from "./columns";
import { users } from "./users";

export const requestTypes = ["access", "correction", "complaint", "question", "objection"] as const;
export const requestStatuses = ["open", "in_progress", "answered", "closed", "rejected", "withdrawn"] as const;
// A request event either moves the request to a status or adds a message to it without changing the status.
export const requestEventKinds = ["status", "reply"] as const;

export const privacyRequests = pgTable(
  "privacy_requests",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: ownerId(),
    type: text({ enum: requestTypes }).notNull(),
    status: text({ enum: requestStatuses }).notNull().default("open"),
    summary: text().notNull(),
    // Which category of personal data the request is about (e.g. "identity" for a real-name correction),
    // so a page can find its own open request among the shopper's others.
    category: text(),
    filedById: uuid().references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    dueAt: timestamp({ withTimezone: true }).notNull(),
    closedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index("privacy_requests_user_idx").on(t.userId, t.createdAt),
    check("privacy_requests_category", sql`${t.category} is null or ${t.category} ~ '^[a-z][a-zA-Z]{1,39}$'`),
    check("privacy_requests_due", sql`${t.dueAt} > ${t.createdAt}`),
  ],
);

export const requestEvents = pgTable(
  "request_events",
  {
    id: uuid().primaryKey().defaultRandom(),
    requestId: uuid()
      .notNull()
      .references(() => privacyRequests.id, { onDelete: "cascade" }),
    status: text({ enum: requestStatuses }).notNull(),
    kind: text({ enum: requestEventKinds }).notNull().default("status"),
    note: text(),
    actorId: uuid().references(() => users.id, { onDelete: "set null" }),
    at: createdAt(),
  },
  (t) => [
    index("request_events_request_idx").on(t.requestId, t.at),
    check("request_events_kind", sql`${t.kind} in ('status', 'reply')`),
  ],
);

export const notifications = pgTable(
  "notifications",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: ownerId(),
    kind: text({ enum: ["policy", "incident", "request", "security", "account", "family"] }).notNull(),
    title: text().notNull(),
    body: text().notNull(),
    data: jsonb().$type<Record<string, string>>(),
    readAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index("notifications_user_idx").on(t.userId, t.createdAt)],
);

export const mailOutbox = pgTable(
  "mail_outbox",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid().references(() => users.id, { onDelete: "set null" }),
    channel: text({ enum: ["email", "sms"] }).notNull(),
    toAddress: text().notNull(),
    subject: text().notNull(),
    body: text().notNull(),
    status: text({ enum: ["queued", "sent", "failed"] })
      .notNull()
      .default("queued"),
    attempts: integer().notNull().default(0),
    lastError: text(),
    createdAt: createdAt(),
    // Not before this time: a sender's claim (a lease, so a crashed instance's rows come back) or a retry backoff.
    availableAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true }),
  },
  (t) => [index("mail_outbox_status_idx").on(t.status, t.createdAt), index("mail_outbox_user_idx").on(t.userId)],
);
