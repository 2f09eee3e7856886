import "server-only";
import { cache } from "react";
import { forbidden, redirect } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { loadActor, type OwnRead } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import { AppError } from "./errors";
import type { Operation } from "./policy";
import { readRequestInfo } from "./request";
import { allows, resolveAccess, type Access } from "./resolver";

const requestActor = cache(async (own?: OwnRead) => {
  const request = await readRequestInfo();
  const actor = request.sessionId ? await loadActor(getDb(), request.sessionId, own) : null;
  return { request, actor };
});

export type PageAccess = Access & { actor: NonNullable<Access["actor"]>; own?: unknown };

/**
 * Pages that read personal data go through the same resolver and policy table as actions.
 * A page may ask for its own read of the actor's data with the session check (one round trip, see OwnRead);
 * it is handed back only when the actor acts as themselves and the policy allowed the page.
 */
export async function pageAccess(operation: Operation, nextPath: string, own?: OwnRead): Promise<PageAccess> {
  const { request, actor } = await requestActor(own);
  if (!actor) redirect(`/sign-in?next=${encodeURIComponent(nextPath)}${request.sessionId ? "&expired=1" : ""}`);
  try {
    const access = await resolveAccess(getDb(), operation, actor, request.actingAs);
    if (access.via !== "self") await recordPageView(operation, access);
    const { own: ownRow, ...actorOnly } = actor as typeof actor & { own?: unknown };
    return { ...access, actor: actorOnly, ...(access.via === "self" && ownRow ? { own: ownRow } : {}) };
  } catch (e) {
    if (e instanceof AppError && e.code === "forbidden") forbidden();
    throw e;
  }
}

/**
 * A page that also shows a second kind of data (invoices beside cards, identity beside the profile) asks the
 * policy for it too, and records the read the same way as the page's own operation.
 */
export async function pageAlsoReads(access: PageAccess, operation: Operation): Promise<boolean> {
  if (!allows(access, operation)) return false;
  if (access.via !== "self") await recordPageView(operation, access);
  return true;
}

// Someone reading another person's data (a guardian, a support agent) leaves a line the shopper can see.
async function recordPageView(operation: Operation, access: Access) {
  await getDb().transaction((tx) =>
    recordAudit(tx, {
      operation,
      actorId: access.actor?.id ?? null,
      subjectId: access.subjectId,
      via: access.via,
      grantId: access.grant?.id ?? null,
    }),
  );
}

export async function currentActor() {
  return (await requestActor()).actor;
}
