import "server-only";
import { and, count, desc, eq, inArray, isNull, sql } from "drizzle-orm";
import type { Db } from "@/lib/db/types";
import {
  consents,
  notifications,
  policyAcknowledgments,
  policyVersions,
  privacyRequests,
  users,
} from "@/lib/db/schema";
import { ageOn } from "@/lib/auth/schemas";
import { CHILD_AGE } from "@/lib/auth/sign-up";
import { maskEmail, maskPhone } from "@/lib/privacy/mask";
import { defaultChoice, purposeKeys, type Purpose } from "@/lib/privacy/purposes";

export type Overview = Awaited<ReturnType<typeof loadOverview>>;

// Everything the overview shows, read in parallel; every query is bounded to the subject's own rows.
export async function loadOverview(db: Db, subjectId: string) {
  const [[user], choiceRows, openRequests, [unread], [latestPolicy]] = await Promise.all([
    db
      .select({
        username: users.username,
        nickname: users.nickname,
        email: users.email,
        phone: users.phone,
        status: users.status,
        birthDate: users.birthDate,
        createdAt: users.createdAt,
      })
      .from(users)
      .where(eq(users.id, subjectId)),
    db
      .select({ purpose: consents.purpose, granted: consents.granted })
      .from(consents)
      .where(eq(consents.userId, subjectId)),
    db
      .select({
        id: privacyRequests.id,
        type: privacyRequests.type,
        status: privacyRequests.status,
        dueAt: privacyRequests.dueAt,
      })
      .from(privacyRequests)
      .where(
        and(
          eq(privacyRequests.userId, subjectId),
          inArray(privacyRequests.status, ["open", "in_progress", "answered"]),
        ),
      )
      .orderBy(privacyRequests.dueAt)
      .limit(5),
    db
      .select({ n: count() })
      .from(notifications)
      .where(and(eq(notifications.userId, subjectId), isNull(notifications.readAt))),
    db
      .select({
        version: policyVersions.version,
        material: policyVersions.material,
        acknowledged: sql<boolean>`exists (select 1 from ${policyAcknowledgments} where ${policyAcknowledgments.userId} = ${subjectId} and ${policyAcknowledgments.version} = ${policyVersions.version})`,
      })
      .from(policyVersions)
      .orderBy(desc(policyVersions.publishedAt))
      .limit(1),
  ]);
  if (!user) return null;
  const isChild = user.birthDate ? ageOn(user.birthDate) < CHILD_AGE : false;
  const stored = new Map(choiceRows.map((r) => [r.purpose, r.granted]));
  const choices = purposeKeys.map((purpose: Purpose) => ({
    purpose,
    granted: stored.get(purpose) ?? defaultChoice(purpose, isChild),
  }));
  return {
    displayName: user.nickname ?? user.username,
    username: user.username,
    email: maskEmail(user.email),
    phone: maskPhone(user.phone),
    status: user.status,
    isChild,
    memberSince: user.createdAt,
    choices,
    openRequests,
    unreadNotices: unread?.n ?? 0,
    policyToAcknowledge:
      latestPolicy && latestPolicy.material && !latestPolicy.acknowledged ? latestPolicy.version : null,
  };
}
