import { getTranslations } from "@/lib/i18n/get-translations";
import { getDb } from "@/lib/db/client";
import { currentPolicy } from "@/lib/policy/queries";
import { PolicyDocument } from "@/components/policy/policy-document";

export async function generateMetadata() {
  const t = await getTranslations("policy");
  return { title: t("title") };
}

// The policy in force is public: anyone can read it, signed in or not.
export default async function PolicyPage() {
  const [t, current] = await Promise.all([getTranslations("policy"), currentPolicy(getDb())]);
  if (!current) return <p>{t("none")}</p>;
  return <PolicyDocument policy={current} title={t("title")} inForce />;
}
