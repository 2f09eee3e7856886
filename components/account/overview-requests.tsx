import type { Locale } from "@/lib/i18n/config";
import type { AccountT } from "./overview-translator";
import { formatDate } from "@/lib/i18n/format";
import type { Overview } from "@/lib/account/overview";
import { Card } from "./card";

type Props = { requests: Overview["openRequests"]; unreadNotices: number; t: AccountT; locale: Locale };

export function OverviewRequests({ requests, unreadNotices, t, locale }: Props) {
  return (
    <Card title={t("requestsAndNotices")} id="requests-notices">
      <p className="mb-2">{t("unreadNotices", { count: unreadNotices })}</p>
      {requests.length === 0 ? (
        <p className="text-slate-700">{t("noOpenRequests")}</p>
      ) : (
        <ul className="flex flex-col gap-2">
          {requests.map((r) => (
            <li key={r.id} className="flex flex-wrap justify-between gap-2 rounded border border-slate-100 px-3 py-2">
              <span>{`${t(`requestTypes.${r.type}`)} · ${t(`requestStatus.${r.status}`)}`}</span>
              <span className="text-sm text-slate-700">{t("due", { date: formatDate(locale, r.dueAt) })}</span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
