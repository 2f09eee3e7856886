import { categories, isCategory, type Category } from "@/lib/shop/categories";
import { defaultChoice, purposes, type Purpose } from "@/lib/privacy/purposes";

// A choice is one of the optional purposes, or one product category the shopper lets recommendations use
// ("personalization.category.books": on = may be recommended, off = blocked). Both are consent records alike.
export type CategoryChoice = `personalization.category.${Category}`;
export type ChoiceKey = Purpose | CategoryChoice;

const CATEGORY_PREFIX = "personalization.category.";

export const categoryChoice = (c: Category): CategoryChoice => `${CATEGORY_PREFIX}${c}`;
export const categoryChoiceKeys = categories.map(categoryChoice);

export function isPurpose(value: unknown): value is Purpose {
  return typeof value === "string" && Object.hasOwn(purposes, value);
}

export function categoryOf(key: string): Category | null {
  const rest = key.startsWith(CATEGORY_PREFIX) ? key.slice(CATEGORY_PREFIX.length) : null;
  return isCategory(rest) ? rest : null;
}

export function isChoiceKey(value: unknown): value is ChoiceKey {
  return isPurpose(value) || (typeof value === "string" && categoryOf(value) !== null);
}

// Categories are open until blocked, for everyone; purposes follow purposes.ts (a child starts with all off).
export function defaultFor(key: ChoiceKey, isChild: boolean): boolean {
  return isPurpose(key) ? defaultChoice(key, isChild) : true;
}

// The browser's Global Privacy Control signal is an opt-out of sale/sharing and of advertising cookies.
export const gpcCovered: readonly ChoiceKey[] = ["sharing.thirdPartyMarketing", "cookies.advertising"];

export const allChoiceKeys: ChoiceKey[] = [...(Object.keys(purposes) as Purpose[]), ...categoryChoiceKeys];
