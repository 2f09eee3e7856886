import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/types";
import { queryRows } from "@/lib/db/raw";
import { ageOn } from "@/lib/auth/schemas";
import { CHILD_AGE } from "@/lib/auth/sign-up";
import { maskEmail, maskPhone } from "@/lib/privacy/mask";
import { defaultChoice, purposeKeys } from "@/lib/privacy/purposes";
import type { UserStatus } from "@/lib/db/schema";

type Raw = {
  username: string;
  nickname: string | null;
  email: string | null;
  phone: string | null;
  status: UserStatus;
  birthDate: string | null;
  createdAt: string;
  choices: { purpose: string; granted: boolean }[];
  openRequests: { id: string; type: string; status: string; dueAt: string }[];
  unread: number;
  policyToAck: string | null;
};

export type Overview = NonNullable<Awaited<ReturnType<typeof loadOverview>>>;

// The overview is the most visited page: everything it shows comes back in one call of
// pc_account_overview (see the migrations), each part bounded to the subject's own rows.
export async function loadOverview(db: Db, subjectId: string) {
  const [row] = await queryRows<{ o: Raw | null }>(db, sql`select pc_account_overview(${subjectId}) as o`);
  const o = row?.o;
  if (!o) return null;
  const isChild = o.birthDate ? ageOn(o.birthDate) < CHILD_AGE : false;
  const stored = new Map(o.choices.map((c) => [c.purpose, c.granted]));
  return {
    displayName: o.nickname ?? o.username,
    username: o.username,
    email: maskEmail(o.email),
    phone: maskPhone(o.phone),
    status: o.status,
    isChild,
    memberSince: new Date(o.createdAt),
    choices: purposeKeys.map((purpose) => ({
      purpose,
      granted: stored.get(purpose) ?? defaultChoice(purpose, isChild),
    })),
    openRequests: o.openRequests.map((r) => ({ ...r, dueAt: new Date(r.dueAt) })),
    unreadNotices: o.unread,
    policyToAcknowledge: o.policyToAck,
  };
}
