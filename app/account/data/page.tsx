import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/get-translations";
import { pageAccess } from "@/lib/access/page";
import { allows } from "@/lib/access/resolver";
import { getDb } from "@/lib/db/client";
import { inventory } from "@/lib/data-map/inventory";
import { env } from "@/lib/env";
import { dailyQuota, listLinks } from "@/lib/export/links";
import type { Locale } from "@/lib/i18n/config";
import { Card } from "@/components/account/card";
import { ExportPanel } from "@/components/data/export-panel";
import { InventoryList } from "@/components/data/inventory-list";
import { Alert } from "@/components/ui/alert";
import { PageMessages } from "@/components/layout/page-messages";

export async function generateMetadata() {
  const t = await getTranslations("data");
  return { title: t("title") };
}

export default async function MyDataPage() {
  const access = await pageAccess("data.view", "/account/data");
  const subjectId = access.subjectId!;
  const locale = (await getLocale()) as Locale;
  const db = getDb();
  const [held, links, quota, t] = await Promise.all([
    inventory(db, subjectId, locale),
    listLinks(db, subjectId),
    dailyQuota(db, subjectId),
    getTranslations("data"),
  ]);
  const groups = held.groups.map(({ group, items }) => ({
    group,
    items: items.map(({ key, label, rows }) => ({ key, label, rows })),
  }));
  return (
    <PageMessages namespaces={["data"]}>
      <div className="flex flex-col gap-6">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
        {held.child ? <Alert tone="info">{t("childNote")}</Alert> : null}
        <Card title={t("downloadTitle")} id="download">
          <p className="mb-3 text-slate-700">{t("downloadIntro")}</p>
          <p className="mb-4 text-sm text-slate-600">
            {t("linksIntro", { minutes: env.EXPORT_LINK_MINUTES, uses: env.EXPORT_LINK_MAX_USES })}
          </p>
          <ExportPanel
            subjectId={subjectId}
            groups={groups}
            links={{ links, quota }}
            canExport={allows(access, "data.export")}
          />
        </Card>
        <section aria-labelledby="inventory" className="flex flex-col gap-4">
          <h2 id="inventory" className="text-xl font-semibold">
            {t("inventoryTitle")}
          </h2>
          <InventoryList inventory={held} />
        </section>
      </div>
    </PageMessages>
  );
}
