import { cookies, headers } from "next/headers";
import { COOKIE_CHOICE, parseCookieChoice } from "@/lib/cookies/choice";
import { CookieBannerView } from "./cookie-banner-view";

// Shown to every visitor, signed in or not, until this browser has a cookie choice. It sits in the page flow
// (not over it), so it never hides what someone is trying to read or press.
export async function CookieBanner() {
  const [store, h] = await Promise.all([cookies(), headers()]);
  const decided = parseCookieChoice(store.get(COOKIE_CHOICE)?.value) !== null;
  return <CookieBannerView decided={decided} gpc={h.get("sec-gpc") === "1"} />;
}
