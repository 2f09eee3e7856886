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
  const [row] = await hotQuery<Row>(
    `select u.username, coalesce(u.nickname, u.username) as nickname, u.gender, u.birth_date::text as "birthDate",
       u.interests, u.version, u.email, u.phone,
       case when $2 then (select json_build_object('legalName', i.legal_name, 'idNumber', i.id_number,
         'verifiedAt', i.verified_at, 'releasedAt', i.released_at) from identities i where i.user_id = u.id) end
         as identity,
       case when $2 then (select json_build_object('id', r.id, 'status', r.status, 'createdAt', r.created_at,
         'dueAt', r.due_at) from privacy_requests r where r.user_id = u.id and r.type = 'correction'
         and r.category = $3 and r.status = any($4::text[]) order by r.created_at desc limit 1) end as correction
     from users u where u.id = $1`,
    [subjectId, withIdentity, IDENTITY_CATEGORY, [...openStatuses]],
  );
  if (!row) return null;
  const { email, phone, identity, correction, ...profile } = row;
  return {
    profile: profile as ProfileView,
    contact: { email: maskEmail(email), phone: maskPhone(phone) },
    identity: identity ? toIdentityView(identity) : null,
    correction: correction ? toCorrectionView(correction) : null,
  };
}
