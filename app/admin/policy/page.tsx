import Link from "next/link";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/get-translations";
import { pageAccess } from "@/lib/access/page";
import { getDb } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { listPolicies } from "@/lib/policy/queries";
import { nextVersion } from "@/lib/policy/versions";
import { PublishForm } from "@/components/policy/publish-form";
import { PageMessages } from "@/components/layout/page-messages";

export async function generateMetadata() {
  const t = await getTranslations("policyAdmin");
  return { title: t("title") };
}

// The privacy officer's page for publishing policy versions.
export default async function PublishPolicyPage() {
  await pageAccess("policy.publish", "/admin/policy");
  const [t, tp, locale, versions] = await Promise.all([
    getTranslations("policyAdmin"),
    getTranslations("policyPages"),
    getLocale() as Promise<Locale>,
    listPolicies(getDb()),
  ]);
  const current = versions[0] ?? null;
  return (
    <div className="flex max-w-3xl flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      {current ? (
        <p>{t("current", { version: current.version, date: formatDate(locale, current.publishedAt, "long") })}</p>
      ) : null}
      <PageMessages namespaces={["policyAdmin"]}>
        <PublishForm suggestedVersion={nextVersion(current?.version ?? null)} />
      </PageMessages>
      <section aria-labelledby="published-versions">
        <h2 id="published-versions" className="mb-2 text-lg font-semibold">
          {t("history")}
        </h2>
        <ul className="flex flex-col gap-1">
          {versions.map((v) => (
            <li key={v.version}>
              <Link href={`/policy/versions/${v.version}`} className="text-brand-700 underline underline-offset-2">
                {tp("read", { version: v.version })}
              </Link>{" "}
              · {formatDate(locale, v.publishedAt, "medium")}
              {v.material ? ` · ${tp("material")}` : ""}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
