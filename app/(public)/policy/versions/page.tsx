import Link from "next/link";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/get-translations";
import { getDb } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { listPolicies } from "@/lib/policy/queries";

export async function generateMetadata() {
  const t = await getTranslations("policyPages");
  return { title: t("versionsTitle") };
}

// Every version ever published stays readable.
export default async function PolicyVersionsPage() {
  const [t, locale, versions] = await Promise.all([
    getTranslations("policyPages"),
    getLocale() as Promise<Locale>,
    listPolicies(getDb()),
  ]);
  return (
    <div className="flex max-w-prose flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t("versionsTitle")}</h1>
      <p className="text-slate-700">{t("versionsIntro")}</p>
      <ul className="flex flex-col gap-3" aria-label={t("versionsTitle")}>
        {versions.map((v, i) => (
          <li key={v.version} className="rounded-lg border border-slate-200 bg-white p-4">
            <p className="text-sm text-slate-700">
              {t("published", { date: formatDate(locale, v.publishedAt, "long") })}{" "}
              {i === 0 ? <span className="rounded bg-green-100 px-2 py-0.5 text-green-900">{t("inForce")}</span> : null}{" "}
              {v.material ? (
                <span className="rounded bg-amber-100 px-2 py-0.5 text-amber-950">{t("material")}</span>
              ) : null}
            </p>
            <p className="my-1">{locale === "zh-CN" ? v.summaryZh : v.summaryEn}</p>
            <Link href={`/policy/versions/${v.version}`} className="text-brand-700 underline underline-offset-2">
              {t("read", { version: v.version })}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
