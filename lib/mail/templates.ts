import "server-only";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { translator } from "@/lib/i18n/translator";

export type Template = "contactCode" | "contactChanged" | "passwordChanged" | "cancellationStarted";

// Mail is written in the recipient's language (kept on the account), English when unknown.
export function recipientLocale(stored: string | null | undefined): Locale {
  return isLocale(stored) ? stored : "en";
}

/** Subject and body of a message from the "mail" messages, in the recipient's language; SMS gets the short body. */
export function composeMessage(
  template: Template,
  locale: Locale,
  channel: "email" | "sms",
  params: Record<string, string | number>,
): { subject: string; body: string } {
  const t = translator(locale);
  return {
    subject: t(`mail.${template}.subject`, params),
    body: t(`mail.${template}.${channel === "sms" ? "sms" : "body"}`, params),
  };
}
