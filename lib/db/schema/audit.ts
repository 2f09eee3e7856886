import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

// Append-only and hash-chained: a trigger (see the migrations) refuses UPDATE and DELETE.
// Events hold ids and field names only, never personal values, so they can outlive erasure.
export const auditEvents = pgTable(
  "audit_events",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    operation: text().notNull(),
    outcome: text({ enum: ["ok", "denied", "failed"] })
      .notNull()
      .default("ok"),
    actorId: uuid(),
    subjectId: uuid(),
    via: text({ enum: ["self", "guardian", "support", "admin", "system", "anonymous", "none"] }).notNull(),
    grantId: uuid(),
    targetType: text(),
    targetId: text(),
    fields: text().array(),
    detail: jsonb().$type<Record<string, string | number | boolean | null>>(),
    prevHash: text().notNull(),
    hash: text().notNull().unique(),
  },
  (t) => [index("audit_events_subject_idx").on(t.subjectId, t.id), index("audit_events_actor_idx").on(t.actorId, t.id)],
);

export type AuditEvent = typeof auditEvents.$inferSelect;
