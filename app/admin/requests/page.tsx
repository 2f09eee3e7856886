import { getTranslations } from "@/lib/i18n/get-translations";
import { pageAccess } from "@/lib/access/page";
import { getDb } from "@/lib/db/client";
import { requestQueue } from "@/lib/requests/queries";
import { OfficeQueue } from "@/components/requests/office-queue";
import { PageMessages } from "@/components/layout/page-messages";

export async function generateMetadata() {
  const t = await getTranslations("office");
  return { title: t("title") };
}

// The privacy office's queue; the policy lets only officers open it.
export default async function OfficeRequestsPage() {
  await pageAccess("requests.queue", "/admin/requests");
  const [queue, t] = await Promise.all([requestQueue(getDb()), getTranslations("office")]);
  return (
    <PageMessages namespaces={["account", "requests", "office"]}>
      <div className="flex flex-col gap-4">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
        <OfficeQueue initial={queue} />
      </div>
    </PageMessages>
  );
}
