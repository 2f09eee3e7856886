import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/get-translations";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { categoryOf } from "@/lib/consent/keys";
import type { ConsentReceipt } from "@/lib/consent/queries";
import { Card } from "@/components/account/card";

type Props = { receipts: ConsentReceipt[]; shown: number; downloadHref: string | null };

export async function ConsentHistory({ receipts, shown, downloadHref }: Props) {
  const [t, tShop, locale] = await Promise.all([
    getTranslations("privacy"),
    getTranslations("shop"),
    getLocale() as Promise<Locale>,
  ]);
  const label = (purpose: string) => {
    const category = categoryOf(purpose);
    if (category) return t("recommendFrom", { category: tShop(`categories.${category}`) });
    return t.has(`purposes.${purpose}.label`) ? t(`purposes.${purpose}.label`) : purpose;
  };
  return (
    <Card title={t("historyTitle")} id="consent-history">
      <p className="mb-3 text-slate-700">{t("historyIntro", { count: shown })}</p>
      {downloadHref ? (
        <p className="mb-3">
          <a href={downloadHref} download className="text-brand-700 underline underline-offset-2">
            {t("download")}
          </a>
        </p>
      ) : null}
      {receipts.length === 0 ? (
        <p>{t("historyNone")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b border-slate-200">
                {(["when", "choice", "value", "source", "policy"] as const).map((c) => (
                  <th key={c} scope="col" className="py-2 pr-3">
                    {t(`columns.${c}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {receipts.map((r) => (
                <tr key={r.id} className="border-b border-slate-100">
                  <td className="py-2 pr-3 whitespace-nowrap">{formatDate(locale, new Date(r.at), "dateTime")}</td>
                  <td className="py-2 pr-3">{label(r.purpose)}</td>
                  <td className="py-2 pr-3">{r.granted ? t("on") : t("off")}</td>
                  <td className="py-2 pr-3">
                    {t(`sources.${r.source}`)}
                    {r.gpcOverride ? ` (${t("overrodeGpc")})` : ""}
                  </td>
                  <td className="py-2">{r.policyVersion}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Card>
  );
}
