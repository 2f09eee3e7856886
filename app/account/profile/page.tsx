import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { pageAccess, pageAlsoReads } from "@/lib/access/page";
import { allows } from "@/lib/access/resolver";
import { getDb } from "@/lib/db/client";
import { loadIdentity, openCorrection } from "@/lib/identity/queries";
import { loadProfile } from "@/lib/profile/queries";
import { IdentitySection } from "@/components/profile/identity-section";
import { ProfileForm } from "@/components/profile/profile-form";

export async function generateMetadata() {
  const t = await getTranslations("profile");
  return { title: t("title") };
}

export default async function ProfilePage() {
  const access = await pageAccess("profile.view", "/account/profile");
  const db = getDb();
  const subjectId = access.subjectId!;
  const showIdentity = await pageAlsoReads(access, "identity.view");
  const [profile, identity, correction, t] = await Promise.all([
    loadProfile(db, subjectId),
    showIdentity ? loadIdentity(db, subjectId) : Promise.resolve(null),
    showIdentity ? openCorrection(db, subjectId) : Promise.resolve(null),
    getTranslations("profile"),
  ]);
  if (!profile) notFound();
  const canEdit = allows(access, "profile.update");
  return (
    <div className="flex max-w-xl flex-col gap-6">
      <div className="flex flex-col gap-4">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
        <ProfileForm initial={profile} readOnly={!canEdit} />
      </div>
      {showIdentity ? (
        <IdentitySection
          identity={identity}
          correction={correction}
          canRequest={allows(access, "identity.requestCorrection")}
        />
      ) : null}
    </div>
  );
}
