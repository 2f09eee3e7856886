import "server-only";
import { eq } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/types";
import { users } from "@/lib/db/schema";
import { ageOn } from "@/lib/auth/schemas";
import { CHILD_AGE } from "@/lib/auth/sign-up";
import type { Locale } from "@/lib/i18n/config";
import { drizzleReader } from "./reader";
import { categories, countAll } from "./registry";
import { categoryGroups, type AfterErasure, type CategoryGroup, type DataSource } from "./types";

export type InventoryItem = {
  key: string;
  label: string;
  purpose: string;
  retention: string;
  source: DataSource;
  afterErasure: AfterErasure;
  sensitive: boolean;
  tables: readonly string[];
  rows: number;
};

export type Inventory = { child: boolean; groups: { group: CategoryGroup; items: InventoryItem[] }[] };

/** What the shop holds about a subject, category by category, in the reader's language (the "My data" page). */
export async function inventory(db: DbOrTx, subjectId: string, locale: Locale): Promise<Inventory> {
  const [subject] = await db.select({ birthDate: users.birthDate }).from(users).where(eq(users.id, subjectId));
  // Everything about a child under 14 is sensitive information.
  const child = subject?.birthDate ? ageOn(subject.birthDate) < CHILD_AGE : false;
  const counts = await countAll(drizzleReader(db), subjectId);
  return {
    child,
    groups: categoryGroups.map((group) => ({
      group,
      items: categories
        .filter((c) => c.group === group)
        .map((c) => ({
          key: c.key,
          label: c.label[locale],
          purpose: c.purpose[locale],
          retention: c.retention[locale],
          source: c.source,
          afterErasure: c.afterErasure,
          sensitive: c.sensitive || child,
          tables: c.tables,
          rows: counts[c.key] ?? 0,
        })),
    })),
  };
}
