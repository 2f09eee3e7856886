import type { Locale } from "./config";
import { messages } from "./messages";

// Only what client components translate goes down to the browser with every page;
// everything else is translated on the server.
const cache = new Map<Locale, Record<string, unknown>>();

export function clientMessages(locale: Locale) {
  let picked = cache.get(locale);
  if (!picked) {
    const m = messages[locale];
    const { nav, show, hide, showField, fields } = m.account;
    picked = { common: m.common, auth: m.auth, account: { nav, show, hide, showField, fields } };
    cache.set(locale, picked);
  }
  return picked;
}
