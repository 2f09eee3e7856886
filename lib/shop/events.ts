import "server-only";
import { z } from "zod";
import type { DbOrTx } from "@/lib/db/types";
import { permissionFor } from "@/lib/consent/lookup";
import { allowedCookies, type CookieChoice, type CookieUse } from "@/lib/cookies/choice";
import { productById } from "./catalog";
import { recordBrowsing, type Recorded } from "./record";

export const productViewSchema = z.strictObject({ productId: z.uuid() });

// The optional cookies the storefront itself sets, each only with its consent.
export const ANALYTICS_COOKIE = "pc_analytics_id";
export const ADVERTISING_COOKIE = "pc_ad_id";

/**
 * Which optional cookies this visitor allows: a signed-in person's consent records, otherwise the banner's
 * choice in the browser; either way advertising stays off under Global Privacy Control unless overridden.
 */
export async function cookieUseFor(
  userId: string | null,
  choice: CookieChoice | null,
  gpc: boolean,
): Promise<CookieUse> {
  if (!userId) return allowedCookies(choice, gpc);
  const [analytics, advertising] = await Promise.all([
    permissionFor(userId, "cookies.analytics"),
    permissionFor(userId, "cookies.advertising"),
  ]);
  return allowedCookies(
    {
      analytics: analytics?.allowed ?? false,
      advertising: advertising?.allowed ?? false,
      gpcOverride: advertising?.overridesGpc ?? false,
    },
    gpc,
  );
}

export type ProductViewOutcome =
  { status: 400 | 404; body: { error: string } } | { status: 200; body: Recorded & { cookies: CookieUse } };

/** The storefront's event endpoint: records a product view if allowed and says which optional cookies may be set. */
export async function handleProductView(
  db: DbOrTx,
  visitor: { userId: string | null; gpc: boolean; cookieChoice: CookieChoice | null },
  raw: unknown,
): Promise<ProductViewOutcome> {
  const parsed = productViewSchema.safeParse(raw);
  if (!parsed.success) return { status: 400, body: { error: "invalid_event" } };
  if (!(await productById(db, parsed.data.productId))) return { status: 404, body: { error: "unknown_product" } };
  const [recorded, cookies] = await Promise.all([
    recordBrowsing(db, visitor.userId, parsed.data.productId),
    cookieUseFor(visitor.userId, visitor.cookieChoice, visitor.gpc),
  ]);
  return { status: 200, body: { ...recorded, cookies } };
}

/** What to do with the storefront's own optional cookies after a view: set those now allowed, remove those not. */
export function cookieChanges(use: CookieUse, present: (name: string) => boolean) {
  const wanted = [
    [ANALYTICS_COOKIE, use.analytics],
    [ADVERTISING_COOKIE, use.advertising],
  ] as const;
  return {
    set: wanted.filter(([name, allowed]) => allowed && !present(name)).map(([name]) => name),
    remove: wanted.filter(([name, allowed]) => !allowed && present(name)).map(([name]) => name),
  };
}
