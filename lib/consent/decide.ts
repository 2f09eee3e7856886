import "server-only";
import { ageOn } from "@/lib/auth/schemas";
import { CHILD_AGE } from "@/lib/auth/sign-up";
import type { UserStatus } from "@/lib/db/schema";
import type { consentSources } from "@/lib/db/schema/privacy";
import { defaultFor, type ChoiceKey } from "./keys";

export type ConsentSource = (typeof consentSources)[number];

// What the database holds about one subject and one choice (a null `granted`: nothing recorded).
export type ConsentFacts = {
  status: UserStatus;
  birthDate: string | null;
  granted: boolean | null;
  source: ConsentSource | null;
};

export type Reason =
  | "consented" // the person (or their guardian) turned it on
  | "withdrawn" // the person (or their guardian) turned it off
  | "gpc" // turned off by the browser's Global Privacy Control signal
  | "default_on" // no choice made: on by default for an adult
  | "default_off" // no choice made: off unless opted in
  | "child_protection" // a child under 14: off unless a guardian turned it on
  | "account_not_active"; // held, waiting for consent, being cancelled or erased: nobody is contacted or profiled

const inactive: readonly UserStatus[] = ["pending_consent", "held", "cancellation_pending", "erased"];

export function isChild(birthDate: string | null): boolean {
  return birthDate !== null && ageOn(birthDate) < CHILD_AGE;
}

/**
 * The one rule every part of the shop applies before it mails, shares, profiles or records:
 * the storefront, the event endpoint, marketing sends and the look-up API all decide here.
 */
export function decide(key: ChoiceKey, facts: ConsentFacts): { allowed: boolean; reason: Reason } {
  if (inactive.includes(facts.status)) return { allowed: false, reason: "account_not_active" };
  const child = isChild(facts.birthDate);
  if (facts.granted === null || facts.source === "default") {
    const value = facts.granted ?? defaultFor(key, child);
    if (!value) return { allowed: false, reason: child ? "child_protection" : "default_off" };
    return { allowed: true, reason: "default_on" };
  }
  if (facts.granted) return { allowed: true, reason: "consented" };
  return { allowed: false, reason: facts.source === "gpc" ? "gpc" : "withdrawn" };
}
