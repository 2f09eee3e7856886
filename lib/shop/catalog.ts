import "server-only";
import { asc, desc, eq, ilike, inArray, or } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/types";
import { products } from "@/lib/db/schema";
import { isUuid } from "@/lib/access/input";

// The orderings that use nothing about the person looking: what the storefront shows without personalization.
export const sortOrders = ["popular", "newest", "price", "sales"] as const;
export type SortOrder = (typeof sortOrders)[number];

export function isSortOrder(value: unknown): value is SortOrder {
  return typeof value === "string" && (sortOrders as readonly string[]).includes(value);
}

export type ProductView = { id: string; name: string; category: string; priceCents: number };

const columns = { id: products.id, name: products.name, category: products.category, priceCents: products.priceCents };

const orderBy = {
  popular: [desc(products.popularity), asc(products.name)],
  newest: [desc(products.createdAt), asc(products.name)],
  price: [asc(products.priceCents), asc(products.name)],
  sales: [desc(products.sales), asc(products.name)],
} as const;

export async function listProducts(db: DbOrTx, sort: SortOrder, limit = 24): Promise<ProductView[]> {
  return db
    .select(columns)
    .from(products)
    .orderBy(...orderBy[sort])
    .limit(limit);
}

export async function searchProducts(db: DbOrTx, query: string, limit = 24): Promise<ProductView[]> {
  const pattern = `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return db
    .select(columns)
    .from(products)
    .where(or(ilike(products.name, pattern), ilike(products.category, pattern)))
    .orderBy(...orderBy.popular)
    .limit(limit);
}

export async function productById(db: DbOrTx, id: string): Promise<ProductView | null> {
  if (!isUuid(id)) return null;
  const [row] = await db.select(columns).from(products).where(eq(products.id, id));
  return row ?? null;
}

// The most popular products of the given categories, taken in turns, the first category first.
export async function productsIn(db: DbOrTx, categories: string[], limit: number): Promise<ProductView[]> {
  if (categories.length === 0) return [];
  const rows = await db
    .select(columns)
    .from(products)
    .where(inArray(products.category, categories))
    .orderBy(...orderBy.popular);
  const queues = categories.map((c) => rows.filter((r) => r.category === c));
  const picked: ProductView[] = [];
  for (let round = 0; picked.length < limit && queues.some((q) => q.length > round); round++) {
    for (const q of queues) if (q[round] && picked.length < limit) picked.push(q[round]!);
  }
  return picked;
}
