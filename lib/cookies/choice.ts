// The browser remembers the cookie choice in one small cookie that scripts may read: "v1.<a>.<d>.<o>.<visitor>"
// (analytics, advertising, GPC override as 0/1, and a random visitor id that ties the choice to its record).
export const COOKIE_CHOICE = "pc_cookie_choice";
export const COOKIE_CHOICE_MAX_AGE = 180 * 24 * 3600;

export type CookieChoice = { analytics: boolean; advertising: boolean; gpcOverride: boolean; visitor: string };

export function serializeCookieChoice(c: CookieChoice): string {
  return ["v1", c.analytics ? 1 : 0, c.advertising ? 1 : 0, c.gpcOverride ? 1 : 0, c.visitor].join(".");
}

export function parseCookieChoice(value: string | undefined | null): CookieChoice | null {
  const m = /^v1\.([01])\.([01])\.([01])\.([A-Za-z0-9_-]{8,64})$/.exec(value ?? "");
  if (!m) return null;
  return { analytics: m[1] === "1", advertising: m[2] === "1", gpcOverride: m[3] === "1", visitor: m[4]! };
}

export type CookieUse = { analytics: boolean; advertising: boolean };

/**
 * Which optional cookies may be set: analytics by consent; advertising by consent and, while the browser sends
 * Global Privacy Control, only with a recorded override. Necessary cookies need no consent.
 */
export function allowedCookies(
  choice: { analytics: boolean; advertising: boolean; gpcOverride: boolean } | null,
  gpc: boolean,
): CookieUse {
  return {
    analytics: choice?.analytics ?? false,
    advertising: (choice?.advertising ?? false) && (!gpc || choice!.gpcOverride),
  };
}
