import { sql } from "drizzle-orm";
import { check, index, pgTable, text, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAt, ownerId } from "./columns";
import { mailOutbox } from "./requests";

export const marketingChannels = ["email", "sms", "push", "phone"] as const;
export type MarketingChannel = (typeof marketingChannels)[number];

// One row per campaign, shopper and channel that passed the consent check. Email and SMS go through the mail
// outbox (outbox_id); push notifications and phone calls are handed to their own services, which read them here.
export const marketingSends = pgTable(
  "marketing_sends",
  {
    id: uuid().primaryKey().defaultRandom(),
    campaign: text().notNull(),
    userId: ownerId(),
    channel: text({ enum: marketingChannels }).notNull(),
    outboxId: uuid().references(() => mailOutbox.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [
    // Running a campaign twice never contacts anyone twice.
    uniqueIndex("marketing_sends_once").on(t.campaign, t.userId, t.channel),
    index("marketing_sends_user_idx").on(t.userId),
    check("marketing_sends_channel_known", sql`${t.channel} in ('email','sms','push','phone')`),
  ],
);
