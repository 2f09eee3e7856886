import { cookies, headers } from "next/headers";
import { getTranslations } from "@/lib/i18n/get-translations";
import { COOKIE_CHOICE, parseCookieChoice } from "@/lib/cookies/choice";
import { CookieChoices } from "@/components/cookies/cookie-choices";

export async function generateMetadata() {
  const t = await getTranslations("cookies");
  return { title: t("settingsTitle") };
}

// Anyone can change this browser's cookie choice at any time, signed in or not.
export default async function CookieSettingsPage() {
  const [store, h, t] = await Promise.all([cookies(), headers(), getTranslations("cookies")]);
  const raw = store.get(COOKIE_CHOICE)?.value;
  const current = parseCookieChoice(raw);
  return (
    <div className="flex max-w-prose flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t("settingsTitle")}</h1>
      <p className="text-slate-700">{t("settingsIntro")}</p>
      <p>
        {current
          ? t("current", {
              analytics: current.analytics ? t("on") : t("off"),
              advertising: current.advertising ? t("on") : t("off"),
            })
          : t("none")}
      </p>
      <CookieChoices gpc={h.get("sec-gpc") === "1"} mode="settings" current={current} previous={raw} />
    </div>
  );
}
