import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import type { Overview } from "@/lib/account/overview";
import { Card } from "./card";

type Props = { requests: Overview["openRequests"]; unreadNotices: number };

export async function OverviewRequests({ requests, unreadNotices }: Props) {
  const [t, locale] = await Promise.all([getTranslations("account"), getLocale() as Promise<Locale>]);
  return (
    <Card title={t("requestsAndNotices")} id="requests-notices">
      <p className="mb-2">{t("unreadNotices", { count: unreadNotices })}</p>
      {requests.length === 0 ? (
        <p className="text-slate-700">{t("noOpenRequests")}</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {requests.map((r) => (
            <li key={r.id} className="flex flex-wrap justify-between gap-2 rounded border border-slate-100 px-3 py-2">
              <span>
                {t(`requestTypes.${r.type}`)} · {t(`requestStatus.${r.status}`)}
              </span>
              <span className="text-sm text-slate-700">{t("due", { date: formatDate(locale, r.dueAt) })}</span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
