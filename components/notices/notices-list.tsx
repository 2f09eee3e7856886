"use client";
import Link from "next/link";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useLocale } from "next-intl";
import { useTranslations } from "@/lib/i18n/use-translations";
import { useState } from "react";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { queryKeys } from "@/lib/query-keys";
import type { NoticeView } from "@/lib/notices/queries";
import { markAllNoticesReadAction, markNoticeReadAction, noticesListAction } from "@/lib/notices/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { unwrap } from "@/components/ui/unwrap";

type Props = { subjectId: string; initial: NoticeView[]; canMark: boolean };

export function NoticesList({ subjectId, initial, canMark }: Props) {
  const t = useTranslations("notices");
  const locale = useLocale() as Locale;
  const client = useQueryClient();
  const key = queryKeys.notices(subjectId);
  const [notice, setNotice] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const { data: list = initial } = useQuery({
    queryKey: key,
    queryFn: async () => unwrap(await noticesListAction({})),
    initialData: initial,
  });

  // Marked read at once; put back if the server says no.
  const mark = useMutation({
    mutationFn: async (id: string | null) =>
      unwrap(id ? await markNoticeReadAction({ id }) : await markAllNoticesReadAction({})),
    onMutate: async (id) => {
      await client.cancelQueries({ queryKey: key });
      const previous = client.getQueryData<NoticeView[]>(key);
      client.setQueryData<NoticeView[]>(key, (old = []) =>
        old.map((n) => (id === null || n.id === id ? { ...n, read: true } : n)),
      );
      return { previous };
    },
    onError: (error, _id, context) => {
      client.setQueryData(key, context?.previous);
      setNotice({ tone: "error", text: error.message });
    },
    onSuccess: (fresh, id) => {
      client.setQueryData(key, fresh);
      setNotice({ tone: "success", text: id ? t("markedRead") : t("allMarkedRead") });
    },
  });

  const text = (n: NoticeView) => {
    const template = n.data?.template;
    if (template === "policyChanged") {
      return {
        title: t("templates.policyChanged.title", { version: n.data?.version ?? "" }),
        body: t("templates.policyChanged.body"),
      };
    }
    return { title: n.title, body: n.body };
  };

  return (
    <div className="flex flex-col gap-3">
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      {list.length === 0 ? <p>{t("none")}</p> : null}
      {canMark && list.some((n) => !n.read) ? (
        <div>
          <Button variant="secondary" onClick={() => mark.mutate(null)}>
            {t("markAllRead")}
          </Button>
        </div>
      ) : null}
      <ul className="flex flex-col gap-3" aria-label={t("title")}>
        {list.map((n) => {
          const { title, body } = text(n);
          return (
            <li
              key={n.id}
              className={`rounded-lg border p-4 ${n.read ? "border-slate-200 bg-white" : "border-brand-600 bg-brand-50"}`}
            >
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div className="min-w-0">
                  <p className="text-sm text-slate-700">
                    {t(`kinds.${n.kind}`)} · {formatDate(locale, new Date(n.createdAt), "dateTime")}
                    {n.read ? null : <span className="ml-2 font-semibold text-brand-700">{t("unread")}</span>}
                  </p>
                  <h2 className="text-lg font-semibold">{title}</h2>
                  <p className="mt-1">{body}</p>
                  {n.kind === "policy" && n.data?.version ? (
                    <Link
                      href={`/policy/versions/${n.data.version}`}
                      className="mt-1 inline-block text-brand-700 underline underline-offset-2"
                    >
                      {t("readPolicy", { version: n.data.version })}
                    </Link>
                  ) : null}
                </div>
                {canMark && !n.read ? (
                  <Button
                    variant="secondary"
                    aria-label={t("markReadOne", { title })}
                    onClick={() => mark.mutate(n.id)}
                  >
                    {t("markRead")}
                  </Button>
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
