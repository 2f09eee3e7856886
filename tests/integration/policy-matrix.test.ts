import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { loadActor } from "@/lib/auth/actor";
import { AppError } from "@/lib/access/errors";
import { policy, ruleFor, type Operation } from "@/lib/access/policy";
import { resolveAccess } from "@/lib/access/resolver";
import { createSession, createUser, grantSupport, linkGuardian } from "../support/factories";

import { supportGrants } from "@/lib/db/schema";
import { eq, sql } from "drizzle-orm";

const relations = [
  "self",
  "stranger",
  "guardianOfThisMinor",
  "guardianOfAnotherMinor",
  "agentWithoutGrant",
  "agentReadGrant",
  "agentWriteGrant",
  "agentExpiredGrant",
  "officer",
  "anonymous",
] as const;
type Relation = (typeof relations)[number];

const everyone = [...relations];
const signedIn = relations.filter((r) => r !== "anonymous");

// Written out by hand, not derived from the policy table: this is the promise the table must keep.
const expected: Record<Operation, readonly Relation[]> = {
  "auth.signUp": everyone,
  "auth.signIn": everyone,
  "preferences.setLocale": everyone,
  "auth.signOut": signedIn,
  "auth.confirmPassword": signedIn,
  "account.view": ["self", "guardianOfThisMinor", "agentReadGrant", "agentWriteGrant"],
  "account.revealContact": ["self", "guardianOfThisMinor"],
  "profile.view": ["self", "guardianOfThisMinor", "agentReadGrant", "agentWriteGrant"],
  "profile.update": ["self", "guardianOfThisMinor", "agentWriteGrant"],
  "addresses.view": ["self", "guardianOfThisMinor", "agentReadGrant", "agentWriteGrant"],
  "addresses.manage": ["self", "guardianOfThisMinor", "agentWriteGrant"],
  "payments.view": ["self", "guardianOfThisMinor", "agentReadGrant", "agentWriteGrant"],
  "payments.remove": ["self", "guardianOfThisMinor"],
  "invoices.view": ["self", "guardianOfThisMinor", "agentReadGrant", "agentWriteGrant"],
  "invoices.manage": ["self", "guardianOfThisMinor"],
  "logins.view": ["self", "guardianOfThisMinor", "agentReadGrant", "agentWriteGrant"],
  "logins.unbind": ["self", "guardianOfThisMinor"],
  "identity.view": ["self", "guardianOfThisMinor", "agentReadGrant", "agentWriteGrant"],
  "identity.requestCorrection": ["self", "guardianOfThisMinor"],
  "sessions.view": ["self"],
  "sessions.revoke": ["self"],
  "cancellation.view": ["self", "guardianOfThisMinor", "agentReadGrant", "agentWriteGrant"],
  "cancellation.resolve": ["self", "guardianOfThisMinor"],
  "cancellation.start": ["self", "guardianOfThisMinor"],
  "cancellation.withdraw": ["self", "guardianOfThisMinor"],
  "dev.clock": everyone,
  "contact.requestChange": ["self", "guardianOfThisMinor"],
  "contact.confirmChange": ["self", "guardianOfThisMinor"],
  "password.change": ["self"],
  "data.view": ["self", "guardianOfThisMinor", "agentReadGrant", "agentWriteGrant"],
  "data.export": ["self", "guardianOfThisMinor"],
  "data.download": ["self", "guardianOfThisMinor"],
  "data.revokeLink": ["self", "guardianOfThisMinor"],
  "requests.view": ["self", "guardianOfThisMinor", "agentReadGrant", "agentWriteGrant"],
  "requests.file": ["self", "guardianOfThisMinor"],
  "requests.reply": ["self", "guardianOfThisMinor"],
  "requests.withdraw": ["self", "guardianOfThisMinor"],
  "requests.answer": ["agentWriteGrant", "officer"],
  "requests.queue": ["officer"],
  "audit.verify": ["officer"],
  "retention.view": ["officer"],
  "privacy.view": ["self", "guardianOfThisMinor", "agentReadGrant", "agentWriteGrant"],
  "consents.update": ["self", "guardianOfThisMinor"],
  "consents.receipts": ["self", "guardianOfThisMinor"],
  "history.clear": ["self", "guardianOfThisMinor"],
  "interestTags.delete": ["self", "guardianOfThisMinor"],
  "notices.view": ["self", "guardianOfThisMinor", "agentReadGrant", "agentWriteGrant"],
  "notices.markRead": ["self", "guardianOfThisMinor"],
  "policy.acknowledge": signedIn,
  "policy.publish": ["officer"],
  "cookies.choose": everyone,
  "shop.browse": everyone,
};

async function world() {
  const minor = await createUser({ age: 12 });
  const otherMinor = await createUser({ age: 15 });
  const guardian = await createUser({ age: 40 });
  const otherGuardian = await createUser({ age: 41 });
  const stranger = await createUser();
  const agent = await createUser({ roles: ["support"] });
  const readAgent = await createUser({ roles: ["support"] });
  const writeAgent = await createUser({ roles: ["support"] });
  const expiredAgent = await createUser({ roles: ["support"] });
  const officer = await createUser({ roles: ["officer"] });
  await linkGuardian(guardian.id, minor.id);
  await linkGuardian(otherGuardian.id, otherMinor.id);
  await grantSupport(readAgent.id, minor.id, "read");
  await grantSupport(writeAgent.id, minor.id, "write");
  const expired = await grantSupport(expiredAgent.id, minor.id, "write");
  await getDb()
    .update(supportGrants)
    .set({ expiresAt: sql`now() - interval '1 minute'` })
    .where(eq(supportGrants.id, expired));

  const who: Record<Relation, { actorId: string | null; actingAs: string | null }> = {
    self: { actorId: minor.id, actingAs: null },
    stranger: { actorId: stranger.id, actingAs: minor.id },
    guardianOfThisMinor: { actorId: guardian.id, actingAs: minor.id },
    guardianOfAnotherMinor: { actorId: otherGuardian.id, actingAs: minor.id },
    agentWithoutGrant: { actorId: agent.id, actingAs: minor.id },
    agentReadGrant: { actorId: readAgent.id, actingAs: minor.id },
    agentWriteGrant: { actorId: writeAgent.id, actingAs: minor.id },
    agentExpiredGrant: { actorId: expiredAgent.id, actingAs: minor.id },
    officer: { actorId: officer.id, actingAs: minor.id },
    anonymous: { actorId: null, actingAs: minor.id },
  };
  return { minor, who };
}

async function allowed(operation: Operation, actorId: string | null, actingAs: string | null) {
  const actor = actorId ? await loadActor(getDb(), await createSession(actorId)) : null;
  try {
    return await resolveAccess(getDb(), operation, actor, actingAs);
  } catch (e) {
    if (e instanceof AppError && (e.code === "forbidden" || e.code === "unauthenticated")) return null;
    throw e;
  }
}

describe("the policy table", () => {
  it("has an expectation for every operation, and no expectation without an operation", () => {
    expect(Object.keys(expected).sort()).toEqual(Object.keys(policy).sort());
  });

  it("answers every operation for every relation as promised", async () => {
    const { minor, who } = await world();
    const mismatches: string[] = [];
    for (const operation of Object.keys(policy) as Operation[]) {
      for (const relation of relations) {
        const { actorId, actingAs } = who[relation];
        const access = await allowed(operation, actorId, actingAs);
        const shouldAllow = expected[operation].includes(relation);
        if (Boolean(access) !== shouldAllow)
          mismatches.push(`${operation} as ${relation}: got ${access ? "allowed" : "refused"}`);
        // Where an operation acts on a subject, it is the minor asked for, never someone else.
        const rule = ruleFor(operation);
        if (access && !rule.own && !rule.anonymous && relation !== "officer") {
          expect(access.subjectId).toBe(minor.id);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("refuses a subject that is not a well-formed id without touching the database", async () => {
    const user = await createUser();
    expect(await allowed("account.view", user.id, "' or 1=1 --")).toBeNull();
  });
});
