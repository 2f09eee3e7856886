import type { ChoiceKey } from "@/lib/consent/keys";

// How the privacy page groups the purposes; the category switches and interest tags join "personalization".
export const choiceGroups: {
  id: "marketing" | "sharing" | "personalization" | "collection" | "cookies";
  keys: ChoiceKey[];
}[] = [
  { id: "marketing", keys: ["marketing.email", "marketing.sms", "marketing.push", "marketing.phone"] },
  { id: "sharing", keys: ["sharing.thirdPartyMarketing"] },
  { id: "personalization", keys: ["personalization.recommendations"] },
  { id: "collection", keys: ["collection.browsingHistory", "collection.searchHistory", "collection.preciseLocation"] },
  { id: "cookies", keys: ["cookies.analytics", "cookies.advertising"] },
];
