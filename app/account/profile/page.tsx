import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { pageAccess } from "@/lib/access/page";
import { allows } from "@/lib/access/resolver";
import { getDb } from "@/lib/db/client";
import { loadProfile } from "@/lib/profile/queries";
import { ProfileForm } from "@/components/profile/profile-form";

export async function generateMetadata() {
  const t = await getTranslations("profile");
  return { title: t("title") };
}

export default async function ProfilePage() {
  const access = await pageAccess("profile.view", "/account/profile");
  const [profile, t] = await Promise.all([loadProfile(getDb(), access.subjectId!), getTranslations("profile")]);
  if (!profile) notFound();
  const canEdit = allows(access, "profile.update");
  return (
    <div className="flex max-w-xl flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <ProfileForm initial={profile} readOnly={!canEdit} />
    </div>
  );
}
