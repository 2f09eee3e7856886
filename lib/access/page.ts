import "server-only";
import { cache } from "react";
import { forbidden, redirect } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { loadActor } from "@/lib/auth/actor";
import { AppError } from "./errors";
import type { Operation } from "./policy";
import { readRequestInfo } from "./request";
import { resolveAccess, type Access } from "./resolver";

const requestActor = cache(async () => {
  const request = await readRequestInfo();
  const actor = request.sessionId ? await loadActor(getDb(), request.sessionId) : null;
  return { request, actor };
});

/** Pages that read personal data go through the same resolver and policy table as actions. */
export async function pageAccess(
  operation: Operation,
  nextPath: string,
): Promise<Access & { actor: NonNullable<Access["actor"]> }> {
  const { request, actor } = await requestActor();
  if (!actor) redirect(`/sign-in?next=${encodeURIComponent(nextPath)}${request.sessionId ? "&expired=1" : ""}`);
  try {
    const access = await resolveAccess(getDb(), operation, actor, request.actingAs);
    return access as Access & { actor: NonNullable<Access["actor"]> };
  } catch (e) {
    if (e instanceof AppError && e.code === "forbidden") forbidden();
    throw e;
  }
}

export async function currentActor() {
  return (await requestActor()).actor;
}
