import { sql } from "drizzle-orm";
import { bigint, check, date, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { createdAt, ownerId } from "./columns";
import { users } from "./users";

// A link to a download of someone's data. Only a hash of the token is kept, so the table cannot be used to
// download anything; the selection is stored so the link cannot be stretched to more than was confirmed.
export const exportLinks = pgTable(
  "export_links",
  {
    id: uuid().primaryKey().defaultRandom(),
    tokenHash: text().notNull().unique(),
    subjectId: ownerId(),
    actorId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    categories: text().array().notNull(),
    fromDate: date({ mode: "string" }),
    toDate: date({ mode: "string" }),
    expectedRows: bigint({ mode: "number" }).notNull().default(0),
    createdAt: createdAt(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    revokedAt: timestamp({ withTimezone: true }),
    uses: integer().notNull().default(0),
    lastUsedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    index("export_links_subject_idx").on(t.subjectId, t.createdAt),
    check("export_links_window", sql`${t.expiresAt} > ${t.createdAt}`),
    check("export_links_range", sql`${t.fromDate} is null or ${t.toDate} is null or ${t.fromDate} <= ${t.toDate}`),
    check("export_links_uses", sql`${t.uses} >= 0`),
  ],
);

export type ExportLink = typeof exportLinks.$inferSelect;
