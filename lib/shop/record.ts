import "server-only";
import type { DbOrTx } from "@/lib/db/types";
import { browsingEvents, searchEvents } from "@/lib/db/schema";
import { permissionFor } from "@/lib/consent/lookup";
import type { Reason } from "@/lib/consent/decide";

export type Recorded = { recorded: boolean; reason: Reason | "anonymous" | "empty" };

export const MAX_QUERY_LENGTH = 100;

/** A product view joins the browsing history only while the shopper lets it be recorded; otherwise it is dropped. */
export async function recordBrowsing(db: DbOrTx, userId: string | null, productId: string): Promise<Recorded> {
  if (!userId) return { recorded: false, reason: "anonymous" };
  const permission = await permissionFor(userId, "collection.browsingHistory");
  if (!permission?.allowed) return { recorded: false, reason: permission?.reason ?? "account_not_active" };
  await db.insert(browsingEvents).values({ userId, productId });
  return { recorded: true, reason: permission.reason };
}

/** A search joins the search history only while the shopper lets it be recorded. */
export async function recordSearch(db: DbOrTx, userId: string | null, query: string): Promise<Recorded> {
  const text = query.trim().slice(0, MAX_QUERY_LENGTH);
  if (!text) return { recorded: false, reason: "empty" };
  if (!userId) return { recorded: false, reason: "anonymous" };
  const permission = await permissionFor(userId, "collection.searchHistory");
  if (!permission?.allowed) return { recorded: false, reason: permission?.reason ?? "account_not_active" };
  await db.insert(searchEvents).values({ userId, query: text });
  return { recorded: true, reason: permission.reason };
}
