import "server-only";
import { hotQuery } from "@/lib/db/raw";
import type { OwnRead } from "@/lib/auth/actor";
import { ageOn } from "@/lib/auth/schemas";
import { CHILD_AGE } from "@/lib/auth/sign-up";
import { maskEmail, maskPhone } from "@/lib/privacy/mask";
import { defaultChoice, purposeKeys } from "@/lib/privacy/purposes";
import type { UserStatus } from "@/lib/db/schema";

export type Raw = {
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
};

export type Overview = ReturnType<typeof toOverview>;

// The overview is the most visited page: everything it shows comes back in one call of
// pc_account_overview (see the migrations), each part bounded to the subject's own rows.
export async function loadOverview(subjectId: string) {
  const [row] = await hotQuery<{ o: Raw | null }>("select pc_account_overview($1) as o", [subjectId]);
  return row?.o ? toOverview(row.o) : null;
}

/** The overview of the signed-in person, read with their session check (see pageAccess). */
export const OWN_OVERVIEW: OwnRead = { select: "pc_account_overview(u.id)", params: [] };

// Shapes what pc_account_overview returned: masked contact, every purpose with its default filled in.
export function toOverview(o: Raw) {
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
  };
}
