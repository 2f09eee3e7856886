import { desc } from "drizzle-orm";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { getDb } from "@/lib/db/client";
import { policyVersions } from "@/lib/db/schema";

export async function generateMetadata() {
  const t = await getTranslations("policy");
  return { title: t("title") };
}

// The policy in force is public: anyone can read it, signed in or not.
export default async function PolicyPage() {
  const [t, format, locale] = await Promise.all([getTranslations("policy"), getFormatter(), getLocale()]);
  const [current] = await getDb().select().from(policyVersions).orderBy(desc(policyVersions.publishedAt)).limit(1);
  if (!current) return <p>{t("none")}</p>;
  const body = locale === "zh-CN" ? current.bodyZh : current.bodyEn;
  return (
    <article className="flex max-w-prose flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-slate-700">
        {t("version", { version: current.version, date: format.dateTime(current.publishedAt, { dateStyle: "long" }) })}
      </p>
      {body.split("\n\n").map((para, i) => (
        <p key={i}>{para}</p>
      ))}
    </article>
  );
}
