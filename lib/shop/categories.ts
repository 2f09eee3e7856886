// The storefront's product categories (the demo catalog uses exactly these). Shoppers may block any of them
// from their recommendations.
export const categories = ["electronics", "books", "home", "fashion", "toys", "grocery", "beauty", "sports"] as const;
export type Category = (typeof categories)[number];

export function isCategory(value: unknown): value is Category {
  return typeof value === "string" && (categories as readonly string[]).includes(value);
}

// Inferred interest tags are free text; these word stems say which categories a tag speaks for.
const tagStems: [string, Category[]][] = [
  ["tea", ["grocery", "home"]],
  ["cook", ["home", "grocery"]],
  ["run", ["sports", "fashion"]],
  ["sport", ["sports"]],
  ["yoga", ["sports"]],
  ["travel", ["books", "fashion"]],
  ["read", ["books"]],
  ["book", ["books"]],
  ["tech", ["electronics"]],
  ["gadget", ["electronics"]],
  ["music", ["electronics"]],
  ["fashion", ["fashion"]],
  ["style", ["fashion"]],
  ["beauty", ["beauty"]],
  ["skin", ["beauty"]],
  ["parent", ["toys", "books"]],
  ["kid", ["toys"]],
  ["game", ["toys"]],
  ["garden", ["home"]],
  ["food", ["grocery"]],
];

export function categoriesForTag(tag: string): Category[] {
  const lower = tag.toLowerCase();
  const found = new Set<Category>();
  for (const c of categories) if (lower.includes(c)) found.add(c);
  for (const [stem, cats] of tagStems) if (lower.includes(stem)) cats.forEach((c) => found.add(c));
  return [...found];
}
