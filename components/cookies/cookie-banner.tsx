import { cookies, headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { COOKIE_CHOICE, parseCookieChoice } from "@/lib/cookies/choice";
import { CookieChoices } from "./cookie-choices";

// Shown to every visitor, signed in or not, until this browser has a cookie choice. It sits in the page flow
// (not over it), so it never hides what someone is trying to read or press.
export async function CookieBanner() {
  const [store, h] = await Promise.all([cookies(), headers()]);
  if (parseCookieChoice(store.get(COOKIE_CHOICE)?.value)) return null;
  const t = await getTranslations("cookies");
  return (
    <section aria-label={t("bannerLabel")} className="border-b border-slate-300 bg-white">
      <div className="mx-auto max-w-5xl px-4 py-3">
        <CookieChoices gpc={h.get("sec-gpc") === "1"} mode="banner" current={null} />
      </div>
    </section>
  );
}
