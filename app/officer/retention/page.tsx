import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/get-translations";
import { pageAccess } from "@/lib/access/page";
import { getDb } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { keptRecords } from "@/lib/retention/queries";
import { Card } from "@/components/account/card";

export async function generateMetadata() {
  const t = await getTranslations("officer");
  return { title: t("retentionTitle") };
}

// What erased accounts left behind, as the law requires, and when the retention job removes it.
export default async function OfficerRetentionPage() {
  await pageAccess("retention.view", "/officer/retention");
  const [accounts, t, locale] = await Promise.all([
    keptRecords(getDb()),
    getTranslations("officer"),
    getLocale() as Promise<Locale>,
  ]);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t("retentionTitle")}</h1>
      <p>{t("retentionIntro")}</p>
      {accounts.length === 0 ? <p>{t("noneErased")}</p> : null}
      {accounts.map((a) => (
        <Card
          key={a.id}
          id={`kept-${a.id}`}
          title={t("erasedAccount", {
            erased: formatDate(locale, new Date(a.erasedAt), "long"),
            purge: formatDate(locale, new Date(a.purgeAfter), "long"),
          })}
        >
          {a.orders.length === 0 ? (
            <p>{t("noKeptOrders")}</p>
          ) : (
            <div className="overflow-x-auto">
              <table className="w-full text-left text-sm">
                <thead>
                  <tr className="border-b border-slate-200">
                    <th scope="col" className="py-2 pr-3">
                      {t("order")}
                    </th>
                    <th scope="col" className="py-2 pr-3">
                      {t("placed")}
                    </th>
                    <th scope="col" className="py-2 pr-3">
                      {t("amount")}
                    </th>
                    <th scope="col" className="py-2 pr-3">
                      {t("city")}
                    </th>
                    <th scope="col" className="py-2">
                      {t("personalData")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {a.orders.map((o) => (
                    <tr key={o.number} className="border-b border-slate-100">
                      <td className="py-2 pr-3">{o.number}</td>
                      <td className="py-2 pr-3">{formatDate(locale, new Date(o.placedAt))}</td>
                      <td className="py-2 pr-3">
                        {(o.totalCents / 100).toFixed(2)} {o.currency}
                      </td>
                      <td className="py-2 pr-3">{o.city ?? "-"}</td>
                      <td className="py-2">{o.identifying ? t("stillIdentifying") : t("removed")}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Card>
      ))}
    </div>
  );
}
