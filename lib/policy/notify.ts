import "server-only";
import { and, inArray, isNotNull, sql } from "drizzle-orm";
import type { Tx } from "@/lib/db/types";
import { notifications, users } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { enqueueMessage } from "@/lib/mail/outbox";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { translator } from "@/lib/i18n/translator";
import type { PublishPolicyInput } from "./schemas";

// Everyone who can still read their Personal Center hears of a material change; erased accounts and
// children still waiting for a guardian do not (they meet the policy when they first sign in).
const reachable = ["active", "frozen", "cancellation_pending"] as const;

/**
 * A material change is announced in the same transaction that publishes it: a notice in each inbox and an
 * email in each person's language through the outbox, so an announcement exists only if the version does.
 * (For a very large audience this would move to a job that walks users in batches.)
 */
export async function announceMaterialChange(tx: Tx, policy: PublishPolicyInput) {
  const t = translator("en");
  const data = { template: "policyChanged", version: policy.version };
  const notified = await tx.execute(sql`
    insert into ${notifications} (user_id, kind, title, body, data)
    select id, 'policy', ${t("privacyMail.policyChanged.subject", { version: policy.version })}, ${policy.summaryEn},
      ${JSON.stringify(data)}::jsonb
    from ${users} where ${inArray(users.status, [...reachable])}`);
  const recipients = await tx
    .select({ id: users.id, email: users.email, locale: users.locale })
    .from(users)
    .where(and(inArray(users.status, [...reachable]), isNotNull(users.email)));
  const composed = new Map<Locale, { subject: string; body: string }>();
  for (const r of recipients) {
    const locale: Locale = isLocale(r.locale) ? r.locale : "en";
    let mail = composed.get(locale);
    if (!mail) {
      const tl = translator(locale);
      const params = {
        version: policy.version,
        summary: locale === "zh-CN" ? policy.summaryZh : policy.summaryEn,
        link: `${env.PUBLIC_URL}/policy/versions/${policy.version}`,
      };
      mail = {
        subject: tl("privacyMail.policyChanged.subject", params),
        body: tl("privacyMail.policyChanged.body", params),
      };
      composed.set(locale, mail);
    }
    await enqueueMessage(tx, { userId: r.id, channel: "email", to: r.email!, ...mail });
  }
  return { notified: affected(notified), emailed: recipients.length };
}

function affected(result: unknown): number {
  const r = result as { rowCount?: number | null; affectedRows?: number };
  return Number(r.rowCount ?? r.affectedRows ?? 0);
}
