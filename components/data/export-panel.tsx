"use client";
import { useQueryClient } from "@tanstack/react-query";
import { useLocale } from "next-intl";
import { useTranslations } from "@/lib/i18n/use-translations";
import type { Locale } from "@/lib/i18n/config";
import { formatBytes } from "@/lib/i18n/format";
import { queryKeys } from "@/lib/query-keys";
import { Alert } from "@/components/ui/alert";
import { ExportForm, type ExportGroup } from "./export-form";
import { ExportLinks, type LinksData } from "./export-links";
import { useArchiveDownload } from "./use-archive-download";

type Props = { subjectId: string; groups: ExportGroup[]; links: LinksData; canExport: boolean };

/** Choose, confirm, and watch the archive arrive: bytes received so far, and how many records it holds. */
export function ExportPanel({ subjectId, groups, links, canExport }: Props) {
  const t = useTranslations("data");
  const locale = useLocale() as Locale;
  const client = useQueryClient();
  const { state, start } = useArchiveDownload(t("networkFailed"));
  const busy = state.phase === "downloading";

  const prepared = async ({ url, expectedRows }: { url: string; expectedRows: number }) => {
    await start(url, expectedRows);
    void client.invalidateQueries({ queryKey: queryKeys.exportLinks(subjectId) });
  };

  return (
    <div className="flex flex-col gap-6">
      {canExport ? <ExportForm groups={groups} busy={busy} onPrepared={prepared} /> : null}
      {/* Progress repaints often, so only its start is announced here; the end is announced by its alert. */}
      <div role="status" className="sr-only">
        {state.phase === "downloading" ? t("preparing") : ""}
      </div>
      {state.phase === "downloading" ? (
        <div className="flex flex-col gap-2" data-testid="download-progress">
          <progress className="h-2 w-full" aria-label={t("preparing")} />
          <p aria-hidden>{t("progress", { received: formatBytes(locale, state.received), rows: state.rows })}</p>
        </div>
      ) : null}
      {state.phase === "done" ? (
        <Alert tone="success">{t("done", { received: formatBytes(locale, state.received), rows: state.rows })}</Alert>
      ) : null}
      {state.phase === "failed" ? <Alert tone="error">{t("failed", { reason: state.message })}</Alert> : null}
      <section aria-labelledby="links-title" className="flex flex-col gap-2">
        <h3 id="links-title" className="font-semibold">
          {t("linksTitle")}
        </h3>
        <ExportLinks subjectId={subjectId} initial={links} canRevoke={canExport} />
      </section>
    </div>
  );
}
