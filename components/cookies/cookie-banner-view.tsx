"use client";
import Link from "next/link";
import { useTranslations } from "@/lib/i18n/use-translations";
import { useState } from "react";
import { CookieChoices } from "./cookie-choices";

// Always mounted, so that when saving the choice refreshes the page (the cookie changed), the confirmation
// stays on screen instead of vanishing with the banner.
export function CookieBannerView({ decided, gpc }: { decided: boolean; gpc: boolean }) {
  const t = useTranslations("cookies");
  const [saved, setSaved] = useState(false);
  if (decided && !saved) return null;
  return (
    <section aria-label={t("bannerLabel")} className="border-b border-slate-300 bg-white">
      <div className="mx-auto max-w-5xl px-4 py-3">
        {saved ? (
          <p role="status" className="text-sm">
            {t("saved")}{" "}
            <Link href="/cookies" className="text-brand-700 underline underline-offset-2">
              {t("settingsLink")}
            </Link>
          </p>
        ) : (
          <CookieChoices gpc={gpc} mode="banner" current={null} onSaved={() => setSaved(true)} />
        )}
      </div>
    </section>
  );
}
