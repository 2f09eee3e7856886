import "server-only";
import { cookies, headers } from "next/headers";
import { env } from "@/lib/env";
import { sessionIdFromToken } from "@/lib/auth/session-token";
import { LOCALE_COOKIE, pickLocale } from "@/lib/i18n/config";
import { ensureJobLoop } from "@/lib/jobs/loop";
import type { RequestInfo } from "./action";

export const ACTING_AS_COOKIE = "pc_acting_as";
const SESSION_COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"];

async function sessionIdFrom(store: Awaited<ReturnType<typeof cookies>>): Promise<string | null> {
  for (const name of SESSION_COOKIES) {
    const token = store.get(name)?.value;
    if (token) return sessionIdFromToken(token, name);
  }
  return null;
}

// Behind a trusted proxy the first forwarded address is the client's; otherwise only the last hop,
// which the Next server appends itself, can be believed.
export function clientIp(h: Headers): string | null {
  const hops = (h.get("x-forwarded-for") ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const ip = env.TRUST_PROXY ? hops[0] : hops.at(-1);
  return ip?.replace(/^::ffff:/, "") ?? null;
}

export async function readRequestInfo(): Promise<RequestInfo> {
  ensureJobLoop();
  const [store, h] = await Promise.all([cookies(), headers()]);
  return {
    sessionId: await sessionIdFrom(store),
    actingAs: store.get(ACTING_AS_COOKIE)?.value ?? null,
    ip: clientIp(h),
    userAgent: h.get("user-agent")?.slice(0, 400) ?? null,
    locale: pickLocale(store.get(LOCALE_COOKIE)?.value, h.get("accept-language")),
    gpc: h.get("sec-gpc") === "1",
  };
}
