import type { MarketingChannel } from "@/lib/db/schema";
import type { Purpose } from "@/lib/privacy/purposes";

// The campaigns the shop can send; their words are in the messages under privacyMail.campaigns.<key>.
export const campaigns = ["springTea", "memberDays"] as const;
export type Campaign = (typeof campaigns)[number];

export function isCampaign(value: unknown): value is Campaign {
  return typeof value === "string" && (campaigns as readonly string[]).includes(value);
}

// Each channel asks its own consent: unsubscribing from one leaves the others as they were.
export const channelPurpose: Record<MarketingChannel, Purpose> = {
  email: "marketing.email",
  sms: "marketing.sms",
  push: "marketing.push",
  phone: "marketing.phone",
};
