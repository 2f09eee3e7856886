import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/get-translations";
import type { ReactNode } from "react";
import { Providers } from "@/components/providers";
import { SiteHeader } from "@/components/layout/site-header";
import { CookieBanner } from "@/components/cookies/cookie-banner";
import { sharedMessages } from "@/lib/i18n/client-messages";
import type { Locale } from "@/lib/i18n/config";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return { title: { default: t("appName"), template: `%s · ${t("appName")}` } };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("common")]);
  return (
    <html lang={locale}>
      <body>
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2"
        >
          {t("skipToContent")}
        </a>
        <NextIntlClientProvider messages={sharedMessages(locale as Locale)}>
          <Providers>
            <CookieBanner />
            <SiteHeader />
            <main id="main" className="mx-auto w-full max-w-5xl px-4 py-6">
              {children}
            </main>
          </Providers>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
