import "server-only";
import { desc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/types";
import { browsingEvents, products } from "@/lib/db/schema";
import { loadChoices } from "@/lib/consent/queries";
import { categoryOf } from "@/lib/consent/keys";
import { listInterestTags } from "@/lib/collection/queries";
import { categoriesForTag, isCategory, type Category } from "./categories";
import { productsIn, type ProductView } from "./catalog";

const RECENT_VIEWS = 200;
const TAG_WEIGHT = 5;
const TOP_CATEGORIES = 3;

export type Recommendations =
  { personalized: true; basedOn: Category[]; products: ProductView[] } | { personalized: false; reason: string };

/**
 * "Recommended for you": the categories the shopper's inferred interest tags and recent browsing point to,
 * never a category they blocked, and nothing at all when personalization is off (the storefront then shows
 * a non-personal ordering).
 */
export async function recommendationsFor(db: DbOrTx, subjectId: string, limit = 8): Promise<Recommendations> {
  const view = await loadChoices(db, subjectId);
  const personalization = view?.choices.find((c) => c.key === "personalization.recommendations");
  if (!view || !personalization?.allowed) return { personalized: false, reason: personalization?.reason ?? "none" };
  const blocked = new Set(view.choices.filter((c) => !c.granted).map((c) => categoryOf(c.key)));
  const scores = new Map<Category, number>();
  const add = (c: Category, n: number) => {
    if (!blocked.has(c)) scores.set(c, (scores.get(c) ?? 0) + n);
  };
  const [tags, recent] = await Promise.all([
    listInterestTags(db, subjectId),
    db
      .select({ category: products.category })
      .from(browsingEvents)
      .innerJoin(products, eq(products.id, browsingEvents.productId))
      .where(eq(browsingEvents.userId, subjectId))
      .orderBy(desc(browsingEvents.id))
      .limit(RECENT_VIEWS),
  ]);
  for (const { tag } of tags) for (const c of categoriesForTag(tag)) add(c, TAG_WEIGHT);
  for (const { category } of recent) if (isCategory(category)) add(category, 1);
  const basedOn = [...scores.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, TOP_CATEGORIES)
    .map(([c]) => c);
  return { personalized: true, basedOn, products: await productsIn(db, basedOn, limit) };
}
