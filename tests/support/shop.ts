import { eq } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { interestTags, products } from "@/lib/db/schema";
import type { Category } from "@/lib/shop/categories";

// A small catalog: three products in each of the given categories.
export async function seedProducts(cats: Category[]) {
  const rows = cats.flatMap((category) =>
    [1, 2, 3].map((i) => ({ name: `${category} item ${i}`, category, priceCents: 1000 * i, popularity: 10 * i })),
  );
  return getDb().insert(products).values(rows).returning({ id: products.id, category: products.category });
}

export async function productIn(category: Category) {
  const [p] = await getDb().select({ id: products.id }).from(products).where(eq(products.category, category)).limit(1);
  return p!.id;
}

export async function tagUser(userId: string, ...tags: string[]) {
  return getDb()
    .insert(interestTags)
    .values(tags.map((tag) => ({ userId, tag })))
    .returning({ id: interestTags.id });
}
