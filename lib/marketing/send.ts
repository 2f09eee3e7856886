import "server-only";
import { and, arrayContains, eq, ne } from "drizzle-orm";
import type { Db, Tx } from "@/lib/db/types";
import { consents, marketingSends, users, type MarketingChannel } from "@/lib/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { decide } from "@/lib/consent/decide";
import { enqueueMessage } from "@/lib/mail/outbox";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { translator } from "@/lib/i18n/translator";
import { env } from "@/lib/env";
import { channelPurpose, type Campaign } from "./campaigns";

export type ChannelTally = { sent: number; declined: number; unreachable: number; alreadySent: number };

type Recipient = {
  id: string;
  status: (typeof users.$inferSelect)["status"];
  birthDate: string | null;
  email: string | null;
  phone: string | null;
  locale: string;
  granted: boolean | null;
  source: (typeof consents.$inferSelect)["source"] | null;
};

function addressFor(channel: MarketingChannel, r: Recipient): string | null {
  if (channel === "email") return r.email;
  if (channel === "sms" || channel === "phone") return r.phone;
  return r.id; // push goes to the shop app signed in as this account
}

function compose(campaign: Campaign, channel: MarketingChannel, locale: Locale) {
  const t = translator(locale);
  const params = { link: `${env.PUBLIC_URL}/account/privacy`, channel: t(`privacyMail.channels.${channel}`) };
  return {
    subject: t(`privacyMail.campaigns.${campaign}.subject`),
    body: `${t(`privacyMail.campaigns.${campaign}.body`)}\n\n${t("privacyMail.unsubscribe", params)}`,
  };
}

async function sendOnChannel(tx: Tx, campaign: Campaign, channel: MarketingChannel): Promise<ChannelTally> {
  const purpose = channelPurpose[channel];
  const recipients: Recipient[] = await tx
    .select({
      id: users.id,
      status: users.status,
      birthDate: users.birthDate,
      email: users.email,
      phone: users.phone,
      locale: users.locale,
      granted: consents.granted,
      source: consents.source,
    })
    .from(users)
    .leftJoin(consents, and(eq(consents.userId, users.id), eq(consents.purpose, purpose)))
    // Campaigns are for shoppers: staff accounts (support, privacy office) are never marketed to.
    .where(and(ne(users.status, "erased"), arrayContains(users.roles, ["shopper"])));
  const tally: ChannelTally = { sent: 0, declined: 0, unreachable: 0, alreadySent: 0 };
  for (const r of recipients) {
    // The same decision the look-up API gives other services.
    if (!decide(purpose, r).allowed) {
      tally.declined++;
      continue;
    }
    const to = addressFor(channel, r);
    if (!to) {
      tally.unreachable++;
      continue;
    }
    const [send] = await tx
      .insert(marketingSends)
      .values({ campaign, userId: r.id, channel })
      .onConflictDoNothing()
      .returning({ id: marketingSends.id });
    if (!send) {
      tally.alreadySent++;
      continue;
    }
    if (channel === "email" || channel === "sms") {
      const message = compose(campaign, channel, isLocale(r.locale) ? r.locale : "en");
      const outboxId = await enqueueMessage(tx, { userId: r.id, channel, to, ...message });
      await tx.update(marketingSends).set({ outboxId }).where(eq(marketingSends.id, send.id));
    }
    tally.sent++;
  }
  return tally;
}

/**
 * Sends a campaign on the given channels to every shopper whose consent for that channel allows it, now.
 * Email and SMS are queued in the mail outbox; push and phone are listed in marketing_sends for their services.
 * One transaction: the sends and their audit event commit together. Sending a campaign again reaches only
 * people it has not reached on that channel.
 */
export async function sendCampaign(db: Db, campaign: Campaign, channels: MarketingChannel[]) {
  return db.transaction(async (tx) => {
    const result = {} as Record<MarketingChannel, ChannelTally>;
    for (const channel of channels) result[channel] = await sendOnChannel(tx, campaign, channel);
    await recordAudit(tx, {
      operation: "marketing.send",
      via: "system",
      targetType: "campaign",
      targetId: campaign,
      detail: Object.fromEntries(channels.map((c) => [c, result[c].sent])),
    });
    return result;
  });
}
