import type { Locale } from "./config";
import { messages } from "./messages";

// Only what client components translate goes down to the browser with every page;
// everything else is translated on the server.
const cache = new Map<Locale, Record<string, unknown>>();

function pick<T extends object, K extends keyof T>(source: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((k) => [k, source[k]])) as Pick<T, K>;
}

// Notices are written on the server, in the recipient's language; the browser never needs their texts.
function withoutNotices<T extends { notice: unknown }>(messages: T): Omit<T, "notice"> {
  return Object.fromEntries(Object.entries(messages).filter(([key]) => key !== "notice")) as Omit<T, "notice">;
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
      account: pick(m.account, ["nav", "show", "hide", "showField", "fields", "requestTypes", "requestStatus"]),
      security: m.security,
      profile: m.profile,
      addresses: m.addresses,
      data: pick(m.data, [
        "groups",
        "records",
        "chooseCategories",
        "categoriesLegend",
        "selectAll",
        "selectNone",
        "rangeLegend",
        "rangeHint",
        "from",
        "to",
        "prepare",
        "preparing",
        "progress",
        "done",
        "failed",
        "networkFailed",
        "linksTitle",
        "quota",
        "noLinks",
        "linkSummary",
        "allTime",
        "rangeText",
        "beginning",
        "today",
        "prepared",
        "uses",
        "state",
        "revoke",
        "revokeOne",
        "revokedDone",
      ]),
      requests: withoutNotices(m.requests),
      office: m.office,
    };
    cache.set(locale, picked);
  }
  return picked;
}
