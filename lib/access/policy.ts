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
  // Sessions and sign-in history are the shopper's own security: nobody else lists or ends them.
  "sessions.view": { self: true, guardian: false, support: false, admin: false, read: true },
  "sessions.revoke": { self: true, guardian: false, support: false, admin: false },
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
} as const satisfies Record<string, Rule>;

export type Operation = keyof typeof policy;

export function ruleFor(operation: Operation): Rule {
  return policy[operation];
}
