import "server-only";
import { asc, count, eq } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/types";
import { browsingEvents, interestTags, searchEvents } from "@/lib/db/schema";

export type InterestTagView = { id: string; tag: string };

export async function listInterestTags(db: DbOrTx, subjectId: string): Promise<InterestTagView[]> {
  return db
    .select({ id: interestTags.id, tag: interestTags.tag })
    .from(interestTags)
    .where(eq(interestTags.userId, subjectId))
    .orderBy(asc(interestTags.tag));
}

/** How much browsing and search history is held, for the privacy page's "clear all" buttons. */
export async function historyCounts(db: DbOrTx, subjectId: string) {
  const [[browsing], [search]] = await Promise.all([
    db.select({ n: count() }).from(browsingEvents).where(eq(browsingEvents.userId, subjectId)),
    db.select({ n: count() }).from(searchEvents).where(eq(searchEvents.userId, subjectId)),
  ]);
  return { browsing: browsing?.n ?? 0, search: search?.n ?? 0 };
}
