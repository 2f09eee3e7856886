// Who may run each operation, by the way the actor reached the subject.
// An operation missing here cannot run: the action builder and page loaders look every name up.
export type Via = "self" | "guardian" | "support" | "admin";

export type Rule = {
  self: boolean;
  guardian: boolean;
  // Support agents act through a grant; "read" means a read-only grant suffices, "write" needs a write grant.
  support: false | "read" | "write";
  admin: boolean;
  // Needs a password confirmation within the step-up window.
  stepUp?: boolean;
  // Runs without a session (sign-in, sign-up, language choice).
  anonymous?: boolean;
  // About the actor's own session, whoever they are acting for (sign-out, step-up).
  own?: boolean;
  // Only reads: audited when someone other than the shopper reads (guardian, support, officer).
  read?: boolean;
};

const anonymous: Rule = { self: true, guardian: false, support: false, admin: false, anonymous: true, own: true };
const ownSessionOnly: Rule = { self: true, guardian: false, support: false, admin: false, own: true };

export const policy = {
  "auth.signUp": anonymous,
  "auth.signIn": anonymous,
  "preferences.setLocale": anonymous,
  "auth.signOut": ownSessionOnly,
  "auth.confirmPassword": ownSessionOnly,
  "account.view": { self: true, guardian: true, support: "read", admin: false },
  "account.revealContact": { self: true, guardian: true, support: false, admin: false, stepUp: true },
  // Support with a write grant may correct the profile (never sign-in details, payments or logins).
  "profile.view": { self: true, guardian: true, support: "read", admin: false, read: true },
  "profile.update": { self: true, guardian: true, support: "write", admin: false },
  "addresses.view": { self: true, guardian: true, support: "read", admin: false, read: true },
  "addresses.manage": { self: true, guardian: true, support: "write", admin: false },
  // Cards are only ever shown as brand + last 4. Removing one is not on the product's step-up list (reveal,
  // sign-in details, download, cancel, consent): it exposes nothing and the shopper can add the card again at
  // checkout. Support never touches payment methods beyond a read.
  "payments.view": { self: true, guardian: true, support: "read", admin: false, read: true },
  "payments.remove": { self: true, guardian: true, support: false, admin: false },
  // Invoice titles carry a taxpayer ID: support may read them (masked) but not change where invoices go.
  "invoices.view": { self: true, guardian: true, support: "read", admin: false, read: true },
  "invoices.manage": { self: true, guardian: true, support: false, admin: false },
  // Linked logins are ways to sign in: unbinding one changes sign-in details, which needs a recent sign-in,
  // and support never changes sign-in details.
  "logins.view": { self: true, guardian: true, support: "read", admin: false, read: true },
  "logins.unbind": { self: true, guardian: true, support: false, admin: false, stepUp: true },
  // Real-name identity is shown masked only and never edited in place: a correction is a request a person reviews.
  "identity.view": { self: true, guardian: true, support: "read", admin: false, read: true },
  "identity.requestCorrection": { self: true, guardian: true, support: false, admin: false },
  // Sessions and sign-in history are the shopper's own security: nobody else lists or ends them.
  "sessions.view": { self: true, guardian: false, support: false, admin: false, read: true },
  "sessions.revoke": { self: true, guardian: false, support: false, admin: false },
  // Cancellation: the shopper (or a minor's guardian) decides; support may look at the checklist with them.
  "cancellation.view": { self: true, guardian: true, support: "read", admin: false, read: true },
  "cancellation.resolve": { self: true, guardian: true, support: false, admin: false },
  "cancellation.start": { self: true, guardian: true, support: false, admin: false, stepUp: true },
  "cancellation.withdraw": { self: true, guardian: true, support: false, admin: false },
  // The test clock's controls; the operations themselves refuse unless TEST_CLOCK is on.
  "dev.clock": anonymous,
  // Sign-in email and mobile number: a guardian may set a minor's (PRODUCT: a guardian can correct the minor's
  // information; the code still has to come back from the new address). Support never changes sign-in details.
  "contact.requestChange": { self: true, guardian: true, support: false, admin: false, stepUp: true },
  "contact.confirmChange": { self: true, guardian: true, support: false, admin: false, stepUp: true },
  // The password is the account holder's secret: changing it needs the current one, which nobody else should
  // know, and (like sessions) it is the holder's own security. A guardian does not change it; support never.
  "password.change": { self: true, guardian: false, support: false, admin: false, stepUp: true },
  // The inventory of what is held (categories and counts, no values) may be shown to an agent helping the shopper.
  "data.view": { self: true, guardian: true, support: "read", admin: false, read: true },
  // A copy of the data is the shopper's (or the guardian's) to take: never an agent's, and only after a recent
  // sign-in. Using a prepared link checks the same relation again, so an ended guardianship ends its links too.
  "data.export": { self: true, guardian: true, support: false, admin: false, stepUp: true },
  "data.download": { self: true, guardian: true, support: false, admin: false },
  "data.revokeLink": { self: true, guardian: true, support: false, admin: false },
  // Requests a person answers: the shopper or guardian files, follows up and withdraws; an agent with a write
  // grant or the privacy office answers; only the office sees everyone's queue.
  "requests.view": { self: true, guardian: true, support: "read", admin: false, read: true },
  "requests.file": { self: true, guardian: true, support: false, admin: false },
  "requests.reply": { self: true, guardian: true, support: false, admin: false },
  "requests.withdraw": { self: true, guardian: true, support: false, admin: false },
  "requests.answer": { self: false, guardian: false, support: "write", admin: true },
  "requests.queue": { self: false, guardian: false, support: false, admin: true },
  "audit.verify": { self: false, guardian: false, support: false, admin: true },
  "retention.view": { self: false, guardian: false, support: false, admin: true, read: true },
  // Privacy choices: support may read them to help, but consents are the shopper's own word (or their guardian's),
  // so nobody else changes them, clears history or deletes inferred tags; receipts are a copy of data, not for support.
  "privacy.view": { self: true, guardian: true, support: "read", admin: false, read: true },
  "consents.update": { self: true, guardian: true, support: false, admin: false },
  "consents.receipts": { self: true, guardian: true, support: false, admin: false, read: true },
  "history.clear": { self: true, guardian: true, support: false, admin: false },
  "interestTags.delete": { self: true, guardian: true, support: false, admin: false },
  "notices.view": { self: true, guardian: true, support: "read", admin: false, read: true },
  "notices.markRead": { self: true, guardian: true, support: false, admin: false },
  // Everyone signed in acknowledges the policy for themselves, whoever they are acting for.
  "policy.acknowledge": ownSessionOnly,
  "policy.publish": { self: false, guardian: false, support: false, admin: true },
  // The cookie banner and the storefront serve visitors too; signed in, they act as the person themselves.
  "cookies.choose": anonymous,
  "shop.browse": anonymous,
} as const satisfies Record<string, Rule>;

export type Operation = keyof typeof policy;

export function ruleFor(operation: Operation): Rule {
  return policy[operation];
}
