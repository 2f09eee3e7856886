import Link from "next/link";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/get-translations";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import type { PolicyVersion } from "@/lib/policy/queries";

type Props = { policy: PolicyVersion; title: string; inForce: boolean };

// One version of the policy, in the reader's language, with where it stands among the others.
export async function PolicyDocument({ policy, title, inForce }: Props) {
  const [t, tp, locale] = await Promise.all([
    getTranslations("policy"),
    getTranslations("policyPages"),
    getLocale() as Promise<Locale>,
  ]);
  const zh = locale === "zh-CN";
  const body = zh ? policy.bodyZh : policy.bodyEn;
  return (
    <article className="flex max-w-prose flex-col gap-4">
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p className="text-slate-700">
        {t("version", { version: policy.version, date: formatDate(locale, policy.publishedAt, "long") })}{" "}
        {inForce ? (
          <span className="rounded bg-green-100 px-2 py-0.5 text-sm text-green-900">{tp("inForce")}</span>
        ) : null}{" "}
        {policy.material ? (
          <span className="rounded bg-amber-100 px-2 py-0.5 text-sm text-amber-950">{tp("material")}</span>
        ) : null}
      </p>
      {inForce ? null : (
        <p className="rounded border border-amber-300 bg-amber-50 p-3">
          {tp("superseded")}{" "}
          <Link href="/policy" className="text-brand-700 underline underline-offset-2">
            {tp("readCurrent")}
          </Link>
        </p>
      )}
      <section aria-labelledby="policy-summary" className="rounded border border-slate-200 bg-white p-3">
        <h2 id="policy-summary" className="font-semibold">
          {tp("summary")}
        </h2>
        <p>{zh ? policy.summaryZh : policy.summaryEn}</p>
      </section>
      {body.split("\n\n").map((para, i) => (
        <p key={i}>{para}</p>
      ))}
      <p>
        <Link href="/policy/versions" className="text-brand-700 underline underline-offset-2">
          {tp("allVersions")}
        </Link>
      </p>
    </article>
  );
}
