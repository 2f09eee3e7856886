import { getTranslations } from "@/lib/i18n/get-translations";
import { pageAccess } from "@/lib/access/page";
import { AuditVerifier } from "@/components/officer/audit-verifier";
import { PageMessages } from "@/components/layout/page-messages";

export async function generateMetadata() {
  const t = await getTranslations("officer");
  return { title: t("auditTitle") };
}

export default async function OfficerAuditPage() {
  await pageAccess("audit.verify", "/officer/audit");
  const t = await getTranslations("officer");
  return (
    <PageMessages namespaces={["officer"]}>
      <div className="flex max-w-2xl flex-col gap-4">
        <h1 className="text-2xl font-semibold">{t("auditTitle")}</h1>
        <p>{t("auditIntro")}</p>
        <AuditVerifier />
      </div>
    </PageMessages>
  );
}
