"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useLocale } from "next-intl";
import { useTranslations } from "@/lib/i18n/use-translations";
import { useState } from "react";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { queryKeys } from "@/lib/query-keys";
import type { LinkView, Quota } from "@/lib/export/links";
import { exportLinksListAction, revokeExportLinkAction } from "@/lib/export/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { unwrap } from "@/components/ui/unwrap";

export type LinksData = { links: LinkView[]; quota: Quota };

// Whoever may prepare downloads may also revoke them; others (an agent helping) only see the list.
type Props = { subjectId: string; initial: LinksData; canRevoke: boolean };

/** Recent download links with their state and uses; an active one can be revoked (shown at once, undone on error). */
export function ExportLinks({ subjectId, initial, canRevoke }: Props) {
  const t = useTranslations("data");
  const locale = useLocale() as Locale;
  const client = useQueryClient();
  const key = queryKeys.exportLinks(subjectId);
  const [notice, setNotice] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const { data = initial } = useQuery({
    queryKey: key,
    queryFn: async () => unwrap(await exportLinksListAction({})),
    initialData: initial,
  });
  const revoke = useMutation({
    mutationFn: async (id: string) => unwrap(await revokeExportLinkAction({ id })),
    onMutate: async (id: string) => {
      await client.cancelQueries({ queryKey: key });
      const previous = client.getQueryData<LinksData>(key);
      client.setQueryData<LinksData>(key, (old = initial) => ({
        ...old,
        links: old.links.map((l) => (l.id === id ? { ...l, state: "revoked" as const } : l)),
      }));
      return { previous };
    },
    onError: (error, _id, context) => {
      client.setQueryData(key, context?.previous);
      setNotice({ tone: "error", text: error.message });
    },
    onSuccess: (fresh) => {
      client.setQueryData(key, fresh);
      setNotice({ tone: "success", text: t("revokedDone") });
    },
  });

  const when = (iso: string) => formatDate(locale, new Date(iso), "dateTime");
  const rangeText = (from: string | null, to: string | null) =>
    from || to ? t("rangeText", { from: from ?? t("beginning"), to: to ?? t("today") }) : t("allTime");
  const left = Math.max(0, data.quota.limit - data.quota.used);

  return (
    <div className="flex flex-col gap-3">
      {canRevoke ? <p className="text-slate-700">{t("quota", { left })}</p> : null}
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      {data.links.length === 0 ? <p className="text-slate-700">{t("noLinks")}</p> : null}
      <ul className="flex flex-col gap-2" aria-label={t("linksTitle")}>
        {data.links.map((l) => (
          <li
            key={l.id}
            className="flex flex-wrap items-center justify-between gap-2 rounded border border-slate-200 px-3 py-2"
          >
            <div>
              <p className="font-medium">{t("prepared", { date: when(l.createdAt) })}</p>
              <p className="text-sm text-slate-700">
                {t("linkSummary", { categories: l.categories.length, range: rangeText(l.from, l.to) })} ·{" "}
                {t("uses", { uses: l.uses, max: l.maxUses })} ·{" "}
                <span className={l.state === "active" ? "text-green-800" : ""}>
                  {t(`state.${l.state}`, { time: when(l.expiresAt) })}
                </span>
              </p>
            </div>
            {canRevoke && l.state === "active" ? (
              <Button
                variant="secondary"
                onClick={() => revoke.mutate(l.id)}
                aria-label={t("revokeOne", { date: when(l.createdAt) })}
              >
                {t("revoke")}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
