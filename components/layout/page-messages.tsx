import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import type { ReactNode } from "react";
import type { Locale } from "@/lib/i18n/config";
import type { Messages } from "@/lib/i18n/messages";
import { pageMessages } from "@/lib/i18n/page-messages";

export async function PageMessages({ namespaces, children }: { namespaces: (keyof Messages)[]; children: ReactNode }) {
  const locale = (await getLocale()) as Locale;
  return <NextIntlClientProvider messages={pageMessages(locale, namespaces)}>{children}</NextIntlClientProvider>;
}
