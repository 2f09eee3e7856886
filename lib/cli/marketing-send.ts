import { getDb } from "@/lib/db/client";
import { marketingChannels, type MarketingChannel } from "@/lib/db/schema";
import { campaigns, isCampaign } from "@/lib/marketing/campaigns";
import { sendCampaign } from "@/lib/marketing/send";
import { runCli } from "./run";

// npm run marketing:send -- [--campaign springTea] [--channels email,sms,push,phone]
function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

void runCli(async () => {
  const campaign = option("campaign") ?? campaigns[0];
  if (!isCampaign(campaign)) {
    console.error(`unknown campaign "${campaign}"; known: ${campaigns.join(", ")}`);
    return 2;
  }
  const channels = (option("channels")?.split(",") ?? [...marketingChannels]).map((c) => c.trim());
  const unknown = channels.filter((c) => !(marketingChannels as readonly string[]).includes(c));
  if (unknown.length) {
    console.error(`unknown channel(s) ${unknown.join(", ")}; known: ${marketingChannels.join(", ")}`);
    return 2;
  }
  const result = await sendCampaign(getDb(), campaign, channels as MarketingChannel[]);
  for (const [channel, t] of Object.entries(result)) {
    console.info(
      `${channel.padEnd(6)} sent ${t.sent}, consent off ${t.declined}, no address ${t.unreachable}, sent before ${t.alreadySent}`,
    );
  }
});
