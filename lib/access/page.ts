import "server-only";
import { cache } from "react";
import { forbidden, redirect } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { loadActor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record";
import { AppError } from "./errors";
import type { Operation } from "./policy";
import { readRequestInfo } from "./request";
import { allows, resolveAccess, type Access } from "./resolver";

const requestActor = cache(async (withOwnOverview: boolean) => {
  const request = await readRequestInfo();
  const actor = request.sessionId ? await loadActor(getDb(), request.sessionId, withOwnOverview) : null;
  return { request, actor };
});

export type PageAccess = Access & { actor: NonNullable<Access["actor"]>; ownOverview?: unknown };

/**
 * Pages that read personal data go through the same resolver and policy table as actions.
 * The overview page asks for the actor's own overview with the session check (one round trip);
 * it is handed back only when the actor acts as themselves and the policy allowed it.
 */
export async function pageAccess(operation: Operation, nextPath: string, withOwnOverview = false): Promise<PageAccess> {
  const { request, actor } = await requestActor(withOwnOverview);
  if (!actor) redirect(`/sign-in?next=${encodeURIComponent(nextPath)}${request.sessionId ? "&expired=1" : ""}`);
  try {
    const access = await resolveAccess(getDb(), operation, actor, request.actingAs);
    if (access.via !== "self") await recordPageView(operation, access);
    const { ownOverview, ...actorOnly } = actor as typeof actor & { ownOverview?: unknown };
    return { ...access, actor: actorOnly, ...(access.via === "self" && ownOverview ? { ownOverview } : {}) };
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
  return (await requestActor(false)).actor;
}
