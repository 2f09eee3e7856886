// Every optional use of personal data the shopper decides on, with the default for an adult.
// A child under 14 starts with every one of them off, and only a guardian may turn them on.
export const purposes = {
  "marketing.email": { group: "marketing", adultDefault: true },
  "marketing.sms": { group: "marketing", adultDefault: true },
  "marketing.push": { group: "marketing", adultDefault: true },
  "marketing.phone": { group: "marketing", adultDefault: false },
  "sharing.thirdPartyMarketing": { group: "sharing", adultDefault: false },
  "personalization.recommendations": { group: "personalization", adultDefault: true },
  "collection.browsingHistory": { group: "collection", adultDefault: true },
  "collection.searchHistory": { group: "collection", adultDefault: true },
  "collection.preciseLocation": { group: "collection", adultDefault: false },
  "cookies.analytics": { group: "cookies", adultDefault: false },
  "cookies.advertising": { group: "cookies", adultDefault: false },
} as const;

export type Purpose = keyof typeof purposes;
export const purposeKeys = Object.keys(purposes) as Purpose[];

export function defaultChoice(purpose: Purpose, isChild: boolean): boolean {
  return isChild ? false : purposes[purpose].adultDefault;
}
