// The Personal Center's sections, in the order the navigation shows them. `ready` is false for
// sections not yet open; they are listed (so people know they are coming) but not linked.
export const accountSections = [
  { key: "overview", href: "/account", ready: true },
  { key: "profile", href: "/account/profile", ready: true },
  { key: "addresses", href: "/account/addresses", ready: true },
  { key: "payments", href: "/account/payments", ready: true },
  { key: "security", href: "/account/security", ready: true },
  { key: "privacy", href: "/account/privacy", ready: true },
  { key: "data", href: "/account/data", ready: true },
  { key: "requests", href: "/account/requests", ready: true },
  { key: "notices", href: "/account/notices", ready: true },
  { key: "family", href: "/account/family", ready: false },
  { key: "supportLog", href: "/account/support-access", ready: false },
  { key: "cancel", href: "/account/cancel", ready: true },
] as const;
