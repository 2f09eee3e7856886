import Link from "next/link";
import { getTranslations } from "@/lib/i18n/get-translations";
import { Card } from "./card";

/** Where a privacy officer's own pages are: the request queue, policy versions, the audit trail, kept records. */
export async function OfficerTools() {
  const [t, office, policy, officer] = await Promise.all([
    getTranslations("account"),
    getTranslations("office"),
    getTranslations("policyAdmin"),
    getTranslations("officer"),
  ]);
  const links = [
    { href: "/admin/requests", label: office("title") },
    { href: "/admin/policy", label: policy("title") },
    { href: "/officer/audit", label: officer("auditTitle") },
    { href: "/officer/retention", label: officer("retentionTitle") },
  ];
  return (
    <Card title={t("officerTools")} id="officer-tools">
      <p className="mb-2 text-slate-700">{t("officerToolsIntro")}</p>
      <ul className="flex flex-col gap-1">
        {links.map((l) => (
          <li key={l.href}>
            <Link href={l.href} className="inline-block min-h-11 content-center text-brand-700 underline">
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
    </Card>
  );
}
