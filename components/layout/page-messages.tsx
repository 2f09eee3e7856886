import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { clientMessages, type ClientNamespace } from "@/lib/i18n/client-messages";
import type { Locale } from "@/lib/i18n/config";

/** Gives a page's client components the messages they translate, on top of the shared ones. */
export async function PageMessages({ namespaces, children }: { namespaces: ClientNamespace[]; children: ReactNode }) {
  const locale = (await getLocale()) as Locale;
  return <NextIntlClientProvider messages={clientMessages(locale, namespaces)}>{children}</NextIntlClientProvider>;
}
