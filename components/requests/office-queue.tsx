"use client";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useLocale } from "next-intl";
import { useTranslations } from "@/lib/i18n/use-translations";
import { useState } from "react";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { queryKeys } from "@/lib/query-keys";
import { officeQueueAction } from "@/lib/requests/actions";
import type { QueueItem, RequestView } from "@/lib/requests/queries";
import { Alert } from "@/components/ui/alert";
import { unwrap } from "@/components/ui/unwrap";
import { AnswerForm } from "./answer-form";
import { RequestTimeline } from "./request-timeline";

const waiting = ["open", "in_progress", "answered"];

/** Everyone's requests waiting for the shop, most urgent first, each with its steps and an answer form. */
export function OfficeQueue({ initial }: { initial: QueueItem[] }) {
  const t = useTranslations("office");
  const tr = useTranslations("requests");
  const ta = useTranslations("account");
  const locale = useLocale() as Locale;
  const client = useQueryClient();
  const key = queryKeys.officeQueue();
  const [notice, setNotice] = useState<string | null>(null);
  const { data: queue = initial } = useQuery({
    queryKey: key,
    queryFn: async () => unwrap(await officeQueueAction({})),
    initialData: initial,
  });

  const answered = (fresh: RequestView) => {
    client.setQueryData<QueueItem[]>(key, (old = []) =>
      waiting.includes(fresh.status)
        ? old.map((r) => (r.id === fresh.id ? { ...r, ...fresh } : r))
        : old.filter((r) => r.id !== fresh.id),
    );
    setNotice(waiting.includes(fresh.status) ? t("saved") : `${t("saved")} ${t("closedNow")}`);
  };

  const date = (iso: string) => formatDate(locale, new Date(iso), "long");
  return (
    <div className="flex flex-col gap-3">
      {notice ? <Alert tone="success">{notice}</Alert> : null}
      {queue.length === 0 ? <p className="text-slate-700">{t("none")}</p> : null}
      <ul className="flex flex-col gap-4">
        {queue.map((r) => {
          return (
            <li key={r.id} className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <h2 className="font-semibold">
                  {ta(`requestTypes.${r.type}`)} · {t("from", { name: r.subject.username })}{" "}
                  <span className="rounded bg-slate-100 px-2 py-0.5 text-sm font-medium text-slate-800">
                    {ta(`requestStatus.${r.status}`)}
                  </span>
                </h2>
                <p className="text-sm text-slate-700">
                  {tr("filedOn", { date: date(r.createdAt) })} ·{" "}
                  {r.overdue ? (
                    <span className="font-medium text-red-800">{tr("overdue", { date: date(r.dueAt) })}</span>
                  ) : (
                    tr("due", { date: date(r.dueAt) })
                  )}
                </p>
              </div>
              <p className="whitespace-pre-line">{r.summary}</p>
              <RequestTimeline steps={r.steps} viewerIsHolder={false} />
              <AnswerForm requestId={r.id} from={r.subject.username} onAnswered={answered} />
            </li>
          );
        })}
      </ul>
    </div>
  );
}
