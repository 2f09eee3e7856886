import "server-only";
import { hotQuery } from "@/lib/db/raw";
import { IDENTITY_CATEGORY, openStatuses, toCorrectionView, toIdentityView } from "@/lib/identity/queries";
import { maskEmail, maskPhone } from "@/lib/privacy/mask";
import type { ProfileView } from "./queries";

type Row = ProfileView & {
  email: string | null;
  phone: string | null;
  identity: { legalName: string; idNumber: string; verifiedAt: string; releasedAt: string | null } | null;
  correction: { id: string; status: string; createdAt: string; dueAt: string } | null;
};

/**
 * The profile page in one round trip: the same values as loadProfile, the masked sign-in addresses, and (when the
 * reader may see it) the real-name identity with its open correction. Masking happens here, before anything leaves.
 */
export async function loadProfilePage(subjectId: string, withIdentity: boolean) {
  // pc_profile_page (see the migrations) returns the row below as JSON, or null when there is no such user.
  const [result] = await hotQuery<{ page: Row | null }>("select pc_profile_page($1, $2, $3, $4) as page", [
    subjectId,
    withIdentity,
    IDENTITY_CATEGORY,
    [...openStatuses],
  ]);
  const row = result?.page;
  if (!row) return null;
  const { email, phone, identity, correction, ...profile } = row;
  return {
    profile: profile as ProfileView,
    contact: { email: maskEmail(email), phone: maskPhone(phone) },
    identity: identity ? toIdentityView(identity) : null,
    correction: correction ? toCorrectionView(correction) : null,
  };
}
