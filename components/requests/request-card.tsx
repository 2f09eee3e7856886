"use client";
import { useLocale } from "next-intl";
import { useTranslations } from "@/lib/i18n/use-translations";
import { useState, type FormEvent } from "react";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import type { RequestView } from "@/lib/requests/queries";
import { Button } from "@/components/ui/button";
import { TextArea } from "@/components/ui/text-area";
import { RequestTimeline } from "./request-timeline";

const waiting = ["open", "in_progress", "answered"];
const withdrawable = ["open", "in_progress"];
const finished = ["answered", "closed", "rejected"];

type Props = {
  request: RequestView;
  viewerIsHolder: boolean;
  canWithdraw: boolean;
  canReply: boolean;
  onWithdraw: (id: string) => void;
  onReply: (id: string, note: string) => Promise<string[] | null>;
};

/** One request: kind, status and dates, its steps, and what the person can still do with it. */
export function RequestCard({ request: r, viewerIsHolder, canWithdraw, canReply, onWithdraw, onReply }: Props) {
  const t = useTranslations("requests");
  const ta = useTranslations("account");
  const locale = useLocale() as Locale;
  const [replyErrors, setReplyErrors] = useState<string[] | undefined>();
  const [sending, setSending] = useState(false);
  const date = (iso: string) => formatDate(locale, new Date(iso), "long");
  const titleId = `request-${r.id}`;

  async function reply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setSending(true);
    const errors = await onReply(r.id, String(new FormData(form).get("note") ?? ""));
    setSending(false);
    setReplyErrors(errors ?? undefined);
    if (!errors) form.reset();
  }

  return (
    <li className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={titleId} className="font-semibold">
          {ta(`requestTypes.${r.type}`)}{" "}
          <span className="rounded bg-slate-100 px-2 py-0.5 text-sm font-medium text-slate-800">
            {ta(`requestStatus.${r.status}`)}
          </span>
        </h3>
        <p className="text-sm text-slate-700">
          {t("filedOn", { date: date(r.createdAt) })} ·{" "}
          {r.closedAt ? (
            t("closedOn", { date: date(r.closedAt) })
          ) : r.overdue ? (
            <span className="font-medium text-red-800">{t("overdue", { date: date(r.dueAt) })}</span>
          ) : (
            t("due", { date: date(r.dueAt) })
          )}
        </p>
      </div>
      <p className="whitespace-pre-line">{r.summary}</p>
      <section aria-label={t("timeline")}>
        <RequestTimeline steps={r.steps} viewerIsHolder={viewerIsHolder} />
      </section>
      {finished.includes(r.status) ? <p className="text-sm text-slate-700">{t("regulator")}</p> : null}
      {canReply && waiting.includes(r.status) ? (
        <form onSubmit={reply} noValidate className="flex flex-col gap-2">
          <TextArea
            id={`reply-${r.id}`}
            label={t("replyLabel")}
            name="note"
            rows={2}
            maxLength={2000}
            errors={replyErrors}
          />
          <div className="flex flex-wrap gap-2">
            <Button type="submit" variant="secondary" pending={sending}>
              {t("sendReply")}
            </Button>
            {canWithdraw && withdrawable.includes(r.status) ? (
              <Button
                type="button"
                variant="danger"
                onClick={() => onWithdraw(r.id)}
                aria-label={t("withdrawOne", { date: date(r.createdAt) })}
              >
                {t("withdraw")}
              </Button>
            ) : null}
          </div>
        </form>
      ) : null}
    </li>
  );
}
