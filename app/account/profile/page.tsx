import Link from "next/link";
import { getTranslations } from "@/lib/i18n/get-translations";
import { notFound } from "next/navigation";
import { pageAccess, pageAlsoReads } from "@/lib/access/page";
import { allows } from "@/lib/access/resolver";
import { loadProfilePage, OWN_PROFILE_PAGE, toProfilePage, type ProfilePageRow } from "@/lib/profile/page-data";
import { Card } from "@/components/account/card";
import { IdentitySection } from "@/components/profile/identity-section";
import { ProfileForm } from "@/components/profile/profile-form";
import { PageMessages } from "@/components/layout/page-messages";

export async function generateMetadata() {
  const t = await getTranslations("profile");
  return { title: t("title") };
}

export default async function ProfilePage() {
  const access = await pageAccess("profile.view", "/account/profile", OWN_PROFILE_PAGE);
  const subjectId = access.subjectId!;
  const showIdentity = await pageAlsoReads(access, "identity.view");
  const [data, t, tc] = await Promise.all([
    access.own ? toProfilePage(access.own as ProfilePageRow, showIdentity) : loadProfilePage(subjectId, showIdentity),
    getTranslations("profile"),
    getTranslations("contact"),
  ]);
  if (!data) notFound();
  const { profile, contact, identity, correction } = data;
  const canEdit = allows(access, "profile.update");
  return (
    <PageMessages namespaces={["profile", "identity"]}>
      <div className="flex max-w-xl flex-col gap-6">
        <div className="flex flex-col gap-4">
          <h1 className="text-2xl font-semibold">{t("title")}</h1>
          <p className="text-slate-700">{t("intro")}</p>
          <ProfileForm initial={profile} readOnly={!canEdit} />
        </div>
        <Card title={tc("title")} id="sign-in-contact">
          <p className="mb-3 text-slate-700">{tc("cardIntro")}</p>
          <dl className="mb-3 grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
            <dt className="font-medium text-slate-600">{tc("email")}</dt>
            <dd className="break-all">{contact.email ?? tc("notSet")}</dd>
            <dt className="font-medium text-slate-600">{tc("phone")}</dt>
            <dd>{contact.phone ?? tc("notSet")}</dd>
          </dl>
          {allows(access, "contact.requestChange") ? (
            <Link href="/account/profile/contact" className="text-brand-700 underline">
              {tc("manage")}
            </Link>
          ) : null}
        </Card>
        {showIdentity ? (
          <IdentitySection
            identity={identity}
            correction={correction}
            canRequest={allows(access, "identity.requestCorrection")}
          />
        ) : null}
      </div>
    </PageMessages>
  );
}
