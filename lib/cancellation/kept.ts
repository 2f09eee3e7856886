import "server-only";
import { categories } from "@/lib/data-map/registry";
import type { Locale } from "@/lib/i18n/config";

/** Said in advance, from the data map: what erasure removes, and what it keeps, for how long and why. */
export function keptPreview(locale: Locale) {
  return {
    erased: categories.filter((c) => c.afterErasure === "deleted").map((c) => c.label[locale]),
    kept: categories
      .filter((c) => c.afterErasure !== "deleted")
      .map((c) => ({ label: c.label[locale], retention: c.retention[locale] })),
  };
}
