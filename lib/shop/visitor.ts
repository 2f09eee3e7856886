import "server-only";
import { getDb } from "@/lib/db/client";
import { currentActor } from "@/lib/access/page";
import { readRequestInfo } from "@/lib/access/request";
import { resolveAccess } from "@/lib/access/resolver";
import { honourGpc } from "@/lib/consent/gpc";

/**
 * Who is looking at the storefront: a signed-in shopper (always as themselves) or an anonymous visitor.
 * A signed-in visitor's Global Privacy Control signal is honoured here as on the privacy page.
 */
export async function shopVisitor() {
  const [request, actor] = await Promise.all([readRequestInfo(), currentActor()]);
  const access = await resolveAccess(getDb(), "shop.browse", actor, null);
  const userId = access.via === "self" ? access.subjectId : null;
  if (userId && request.gpc) await honourGpc({ subjectId: userId, actorId: userId, ip: request.ip });
  return { request, userId };
}
