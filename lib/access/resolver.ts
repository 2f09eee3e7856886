import "server-only";
import { and, eq, gt, isNull, ne, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/types";
import { guardianships, supportGrants, users } from "@/lib/db/schema";
import type { Actor } from "@/lib/auth/actor";
import { AppError } from "./errors";
import { isUuid } from "./input";
import { ruleFor, type Operation, type Via } from "./policy";

export type Grant = { id: string; mode: "read" | "write"; expiresAt: Date };

export type Access = {
  actor: Actor | null;
  subjectId: string | null;
  via: Via | "anonymous";
  grant: Grant | null;
};

type Relation = { via: Via; grant: Grant | null };

// How the actor reaches the subject they asked for, checked against the database on every request.
export async function relationTo(db: Db, actor: Actor, subjectId: string): Promise<Relation | null> {
  if (subjectId === actor.id) return { via: "self", grant: null };
  const [guardian] = await db
    .select({ id: guardianships.id })
    .from(guardianships)
    .innerJoin(users, eq(users.id, guardianships.minorId))
    .where(
      and(
        eq(guardianships.guardianId, actor.id),
        eq(guardianships.minorId, subjectId),
        eq(guardianships.status, "active"),
        ne(users.status, "erased"),
      ),
    )
    .limit(1);
  if (guardian) return { via: "guardian", grant: null };
  if (!actor.roles.includes("support")) return null;
  const [grant] = await db
    .select({ id: supportGrants.id, mode: supportGrants.mode, expiresAt: supportGrants.expiresAt })
    .from(supportGrants)
    .where(
      and(
        eq(supportGrants.agentId, actor.id),
        eq(supportGrants.subjectId, subjectId),
        isNull(supportGrants.revokedAt),
        gt(supportGrants.expiresAt, sql`now()`),
      ),
    )
    .orderBy(sql`${supportGrants.mode} = 'write' desc`)
    .limit(1);
  return grant ? { via: "support", grant } : null;
}

export function permits(operation: Operation, relation: Relation): boolean {
  const rule = ruleFor(operation);
  switch (relation.via) {
    case "self":
      return rule.self;
    case "guardian":
      return rule.guardian;
    case "admin":
      return rule.admin;
    case "support":
      if (rule.support === "read") return relation.grant !== null;
      if (rule.support === "write") return relation.grant?.mode === "write";
      return false;
  }
}

// What a page may offer beside what it shows (an edit button, a form) for the access it was opened with.
export function allows(access: Access, operation: Operation): boolean {
  return access.via !== "anonymous" && permits(operation, { via: access.via, grant: access.grant });
}

/**
 * Turns (actor, requested subject) into the access an operation runs with, or refuses.
 * Officers reach admin operations as themselves; everyone else needs a relation to the subject.
 */
export async function resolveAccess(
  db: Db,
  operation: Operation,
  actor: Actor | null,
  requestedSubjectId: string | null,
): Promise<Access> {
  const rule = ruleFor(operation);
  if (!actor) {
    if (rule.anonymous) return { actor: null, subjectId: null, via: "anonymous", grant: null };
    throw new AppError("unauthenticated");
  }
  if (rule.own) return { actor, subjectId: actor.id, via: "self", grant: null };
  if (rule.admin && actor.roles.includes("officer")) {
    return { actor, subjectId: requestedSubjectId, via: "admin", grant: null };
  }
  if (requestedSubjectId !== null && !isUuid(requestedSubjectId)) throw new AppError("forbidden");
  const relation = await relationTo(db, actor, requestedSubjectId ?? actor.id);
  if (!relation || !permits(operation, relation)) throw new AppError("forbidden");
  return { actor, subjectId: requestedSubjectId ?? actor.id, via: relation.via, grant: relation.grant };
}
