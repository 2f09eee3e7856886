import type { Tx } from "@/lib/db/types";
import { products } from "@/lib/db/schema";
import { seededRandom } from "./random";

const categories = {
  electronics: ["Wireless earbuds", "Phone charger", "Smart watch", "Bluetooth speaker", "USB-C cable", "Tablet stand"],
  books: ["Cookbook", "Travel guide", "Novel", "Children's picture book", "Language course", "Poetry collection"],
  home: ["Tea set", "Desk lamp", "Cushion", "Storage box", "Rice cooker", "Bath towel"],
  fashion: ["Rain jacket", "Running shoes", "Wool scarf", "Backpack", "Sun hat", "Umbrella"],
  toys: ["Building blocks", "Puzzle", "Kite", "Board game", "Plush panda", "Drawing set"],
  grocery: ["Green tea", "Dried mango", "Oolong tea", "Rice noodles", "Honey", "Sesame oil"],
  beauty: ["Sunscreen", "Face cream", "Shampoo", "Lip balm", "Hand cream", "Face mask"],
  sports: ["Yoga mat", "Badminton set", "Water bottle", "Jump rope", "Table tennis bats", "Cycling gloves"],
} as const;

export async function seedCatalog(tx: Tx) {
  const rnd = seededRandom(7);
  const rows = Object.entries(categories).flatMap(([category, names]) =>
    names.map((name, i) => ({
      name,
      category,
      priceCents: rnd.int(9, 899) * 100 + 99,
      popularity: rnd.int(1, 1000),
      sales: rnd.int(0, 20000),
      createdAt: new Date(Date.now() - rnd.int(1, 900) * 86_400_000 - i),
    })),
  );
  return tx
    .insert(products)
    .values(rows)
    .returning({ id: products.id, name: products.name, priceCents: products.priceCents, category: products.category });
}
