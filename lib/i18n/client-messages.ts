import type { Locale } from "./config";
import { messages, type Messages } from "./messages";

// Only what client components translate goes down to the browser, and only on the pages that have them:
// every page gets the shared part (header, navigation, sign-out, step-up); a page adds its own namespaces.
function pick<T extends object, K extends keyof T>(source: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.map((k) => [k, source[k]])) as Pick<T, K>;
}
function omit<T extends object, K extends keyof T>(source: T, keys: readonly K[]): Omit<T, K> {
  return Object.fromEntries(Object.entries(source).filter(([key]) => !keys.includes(key as K))) as Omit<T, K>;
}

// Exported with pageParts for the test that checks a page's part never drops a shared message.
export function shared(m: Messages) {
  return {
    common: pick(m.common, ["language"]),
    auth: pick(m.auth, ["signOut", "stepUp"]),
    account: pick(m.account, ["nav", "show", "hide", "showField", "fields"]),
    // The cookie banner and the policy banner can appear on any page.
    cookies: m.cookies,
    policyBanner: m.policyBanner,
    privacy: pick(m.privacy, ["gpcConfirm", "gpcBadge"]),
  };
}

export const pageParts = {
  // The sign-in and sign-up forms, on their own pages only.
  auth: (m: Messages) =>
    pick(m.auth, [
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
  // The devices list; the page's titles and the sign-in history table are translated on the server.
  security: (m: Messages) =>
    pick(m.security, [
      "sessionsTitle",
      "thisDevice",
      "sessionMeta",
      "signOut",
      "signOutSession",
      "signOutOthers",
      "signedOutOne",
      "signedOutOthers",
    ]),
  profile: (m: Messages) => m.profile,
  addresses: (m: Messages) => m.addresses,
  payments: (m: Messages) => m.payments,
  invoices: (m: Messages) => m.invoices,
  logins: (m: Messages) => omit(m.logins, ["intro", "notFound", "lastWayRefused"]),
  identity: (m: Messages) =>
    pick(m.identity, [
      "requestTitle",
      "details",
      "detailsHint",
      "submit",
      "filed",
      "openTitle",
      "openStatus",
      "status",
    ]),
  contact: (m: Messages) => m.contact,
  // Refusals come back from the server already translated; the meter's advice comes with the estimator.
  password: (m: Messages) => omit(m.password, ["title", "errors", "feedback"]),
  cancellation: (m: Messages) => pick(m.cancellation, ["checklist", "start", "pending"]),
  devClock: (m: Messages) => m.devClock,
  officer: (m: Messages) => pick(m.officer, ["verify", "intact", "broken"]),
  privacy: (m: Messages) => m.privacy,
  notices: (m: Messages) => m.notices,
  shop: (m: Messages) => m.shop,
  policyAdmin: (m: Messages) => m.policyAdmin,
  // Request types and statuses are account-wide labels that the request pages need in the browser too.
  account: (m: Messages) =>
    pick(m.account, ["nav", "show", "hide", "showField", "fields", "requestTypes", "requestStatus"]),
  data: (m: Messages) =>
    pick(m.data, [
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
  // Notices are written on the server, in the recipient's language; the browser never needs their texts.
  requests: (m: Messages) => omit(m.requests, ["notice"]),
  office: (m: Messages) => m.office,
};

export type ClientNamespace = keyof typeof pageParts;

const cache = new Map<string, Record<string, unknown>>();

function cached(key: string, make: () => Record<string, unknown>) {
  let picked = cache.get(key);
  if (!picked) cache.set(key, (picked = make()));
  return picked;
}

/** What every page's client components may translate (sent once, by the root layout). */
export function sharedMessages(locale: Locale) {
  return cached(locale, () => shared(messages[locale]));
}

/**
 * A page's own namespaces, sent beside the shared ones rather than with them again (see PageMessagesProvider).
 * Where a namespace is also shared, the page's part holds all of the shared one, so it may replace it whole.
 */
export function pageMessages(locale: Locale, namespaces: readonly ClientNamespace[]) {
  return cached(`${locale}|${namespaces.join(",")}`, () =>
    Object.fromEntries(namespaces.map((n) => [n, pageParts[n](messages[locale])])),
  );
}
