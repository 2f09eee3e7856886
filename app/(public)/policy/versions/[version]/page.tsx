import { getTranslations } from "@/lib/i18n/get-translations";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { currentPolicy, policyByVersion } from "@/lib/policy/queries";
import { VERSION_PATTERN } from "@/lib/policy/versions";
import { PolicyDocument } from "@/components/policy/policy-document";

type Params = { params: Promise<{ version: string }> };

export async function generateMetadata({ params }: Params) {
  const [t, { version }] = await Promise.all([getTranslations("policyPages"), params]);
  return { title: t("versionTitle", { version: decodeURIComponent(version) }) };
}

export default async function PolicyVersionPage({ params }: Params) {
  const version = decodeURIComponent((await params).version);
  if (!VERSION_PATTERN.test(version)) notFound();
  const db = getDb();
  const [t, policy, current] = await Promise.all([
    getTranslations("policyPages"),
    policyByVersion(db, version),
    currentPolicy(db),
  ]);
  if (!policy) notFound();
  return (
    <PolicyDocument
      policy={policy}
      title={t("versionTitle", { version })}
      inForce={current?.version === policy.version}
    />
  );
}
