import "server-only";
import { hotQuery } from "@/lib/db/raw";
import type { OwnRead } from "@/lib/auth/actor";
import { IDENTITY_CATEGORY, openStatuses, toCorrectionView, toIdentityView } from "@/lib/identity/queries";
import { maskEmail, maskPhone } from "@/lib/privacy/mask";
import type { ProfileView } from "./queries";

// pc_profile_page (see the migrations) returns this row as JSON, or null when there is no such user.
export type ProfilePageRow = ProfileView & {
  email: string | null;
  phone: string | null;
  identity: { legalName: string; idNumber: string; verifiedAt: string; releasedAt: string | null } | null;
  correction: { id: string; status: string; createdAt: string; dueAt: string } | null;
};

const params = [IDENTITY_CATEGORY, [...openStatuses]] as const;

/**
 * The signed-in person's own profile page, identity included, read with their session check (see pageAccess): the
 * page then costs no query of its own. What the policy does not let them see is still left out by toProfilePage.
 */
export const OWN_PROFILE_PAGE: OwnRead = { select: "pc_profile_page(u.id, true, $2, $3)", params };

/**
 * The profile page in one round trip: the same values as loadProfile, the masked sign-in addresses, and (when the
 * reader may see it) the real-name identity with its open correction.
 */
export async function loadProfilePage(subjectId: string, withIdentity: boolean) {
  const [result] = await hotQuery<{ page: ProfilePageRow | null }>("select pc_profile_page($1, $2, $3, $4) as page", [
    subjectId,
    withIdentity,
    ...params,
  ]);
  return toProfilePage(result?.page, withIdentity);
}

// Masking happens here, before anything leaves.
export function toProfilePage(row: ProfilePageRow | null | undefined, withIdentity: boolean) {
  if (!row) return null;
  const { email, phone, identity, correction, ...profile } = row;
  return {
    profile: profile as ProfileView,
    contact: { email: maskEmail(email), phone: maskPhone(phone) },
    identity: withIdentity && identity ? toIdentityView(identity) : null,
    correction: withIdentity && correction ? toCorrectionView(correction) : null,
  };
}
