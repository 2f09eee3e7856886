import { randomBytes } from "node:crypto";
import { cookies } from "next/headers";
import { getDb } from "@/lib/db/client";
import { readRequestInfo } from "@/lib/access/request";
import { loadActor } from "@/lib/auth/actor";
import { COOKIE_CHOICE, parseCookieChoice } from "@/lib/cookies/choice";
import { cookieChanges, handleProductView } from "@/lib/shop/events";

export const dynamic = "force-dynamic";

const YEAR = 365 * 24 * 3600;

// POST {"productId": "..."} as JSON. Requiring the JSON content type keeps other sites' plain forms out.
export async function POST(request: Request) {
  if (!request.headers.get("content-type")?.startsWith("application/json")) {
    return Response.json({ error: "json_required" }, { status: 415 });
  }
  const body = await request.json().catch(() => null);
  const [info, store] = await Promise.all([readRequestInfo(), cookies()]);
  const actor = info.sessionId ? await loadActor(getDb(), info.sessionId) : null;
  const cookieChoice = parseCookieChoice(store.get(COOKIE_CHOICE)?.value);
  const outcome = await handleProductView(getDb(), { userId: actor?.id ?? null, gpc: info.gpc, cookieChoice }, body);
  if (outcome.status === 200) {
    // A consent withdrawn takes effect here too: the cookie it allowed goes.
    const changes = cookieChanges(outcome.body.cookies, (name) => store.has(name));
    for (const name of changes.set) {
      store.set(name, randomBytes(12).toString("base64url"), { path: "/", maxAge: YEAR, sameSite: "lax" });
    }
    for (const name of changes.remove) store.delete(name);
  }
  return Response.json(outcome.body, { status: outcome.status, headers: { "cache-control": "no-store" } });
}
