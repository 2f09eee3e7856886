import type { Tx } from "@/lib/db/types";
import { accessLog } from "./categories/access-log";
import { account } from "./categories/account";
import { addresses } from "./categories/addresses";
import { assets } from "./categories/assets";
import { browsingHistory } from "./categories/browsing-history";
import { choices } from "./categories/choices";
import { complaints } from "./categories/complaints";
import { consentHistory } from "./categories/consent-history";
import { cancellations } from "./categories/cancellations";
import { contact } from "./categories/contact";
import { contactChanges } from "./categories/contact-changes";
import { deviceLogs } from "./categories/device-logs";
import { downloads } from "./categories/downloads";
import { family } from "./categories/family";
import { identity } from "./categories/identity";
import { interestTags } from "./categories/interest-tags";
import { invoices } from "./categories/invoices";
import { linkedLogins } from "./categories/linked-logins";
import { mail } from "./categories/mail";
import { marketingSends } from "./categories/marketing-sends";
import { merchantStores } from "./categories/merchant-stores";
import { notifications } from "./categories/notifications";
import { orders } from "./categories/orders";
import { paymentAccount } from "./categories/payment-account";
import { paymentMethods } from "./categories/payment-methods";
import { policyAcknowledgments } from "./categories/policy-acknowledgments";
import { requests } from "./categories/requests";
import { reviews } from "./categories/reviews";
import { searchHistory } from "./categories/search-history";
import { serviceConversations } from "./categories/service-conversations";
import { sessions } from "./categories/sessions";
import { signIns } from "./categories/sign-ins";
import { supportAccess } from "./categories/support-access";
import { surveyAnswers } from "./categories/survey-answers";
import type { Category, DateRange, Erasure, Reader } from "./types";

/**
 * Every category of personal data the shop holds, in the order people read them. The inventory page, the
 * download, the cancellation preview and the erasure job all read this list and nothing else.
 * Erasure runs in this order: the account row is emptied before its contact details (see contact.ts).
 */
export const categories: readonly Category[] = [
  account,
  contact,
  contactChanges,
  identity,
  addresses,
  paymentMethods,
  paymentAccount,
  invoices,
  assets,
  orders,
  reviews,
  merchantStores,
  browsingHistory,
  searchHistory,
  interestTags,
  deviceLogs,
  sessions,
  signIns,
  serviceConversations,
  complaints,
  requests,
  notifications,
  mail,
  marketingSends,
  surveyAnswers,
  choices,
  consentHistory,
  policyAcknowledgments,
  linkedLogins,
  family,
  supportAccess,
  accessLog,
  downloads,
  cancellations,
];

const byKey = new Map(categories.map((c) => [c.key, c]));
export const categoryKeys = categories.map((c) => c.key);

export function categoryFor(key: string): Category | undefined {
  return byKey.get(key);
}

/** Rows per category for a subject; the categories are counted one after the other on the same reader. */
export async function countAll(
  reader: Reader,
  subjectId: string,
  range: DateRange = { from: null, to: null },
  keys: readonly string[] = categoryKeys,
): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const key of keys) out[key] = await byKey.get(key)!.count(reader, subjectId, range);
  return out;
}

/** Erases every category for a subject, in registry order, inside the caller's transaction. */
export async function eraseAll(tx: Tx, subjectId: string): Promise<Record<string, Erasure>> {
  const out: Record<string, Erasure> = {};
  for (const c of categories) out[c.key] = await c.erase(tx, subjectId);
  return out;
}
