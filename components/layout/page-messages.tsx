import { getLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { pageMessages, type ClientNamespace } from "@/lib/i18n/client-messages";
import type { Locale } from "@/lib/i18n/config";
import { PageMessagesProvider } from "./page-messages-provider";

/** Gives a page's client components the messages they translate, on top of the shared ones. */
export async function PageMessages({ namespaces, children }: { namespaces: ClientNamespace[]; children: ReactNode }) {
  const locale = (await getLocale()) as Locale;
  return <PageMessagesProvider messages={pageMessages(locale, namespaces)}>{children}</PageMessagesProvider>;
}
