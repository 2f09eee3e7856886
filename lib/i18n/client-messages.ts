import type { Locale } from "./config";
import { messages } from "./messages";

// Only what client components translate goes down to the browser with every page;
// everything else is translated on the server.
const cache = new Map<Locale, Record<string, unknown>>();

function pick<T extends object, K extends keyof T>(source: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((k) => [k, source[k]])) as Pick<T, K>;
}

export function clientMessages(locale: Locale) {
  let picked = cache.get(locale);
  if (!picked) {
    const m = messages[locale];
    picked = {
      common: pick(m.common, ["language"]),
      auth: pick(m.auth, [
        "identifier",
        "identifierHint",
        "password",
        "passwordHint",
        "username",
        "email",
        "emailOrPhoneHint",
        "phone",
        "birthDate",
        "birthDateHint",
        "acceptPolicy",
        "signIn",
        "signOut",
        "createAccount",
        "stepUp",
      ]),
      account: pick(m.account, ["nav", "show", "hide", "showField", "fields"]),
      security: m.security,
      profile: m.profile,
      addresses: m.addresses,
      // The cookie banner and the policy banner appear on any page; the rest goes with its page (page-messages.ts).
      cookies: m.cookies,
      policyBanner: m.policyBanner,
      privacy: pick(m.privacy, ["gpcConfirm", "gpcBadge"]),
    };
    cache.set(locale, picked);
  }
  return picked;
}
