import type { Metadata } from "next";
import { connection } from "next/server";
import { getFormatter } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/get-translations";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { listMailbox, mailboxEnabled } from "@/lib/mail/mailbox";

export const metadata: Metadata = { robots: { index: false, follow: false } };

type Search = Promise<{ to?: string | string[] }>;

// A developer's window on the outbox. It shows codes, so it does not exist in production unless DEV_MAILBOX=true.
export default async function MailboxPage({ searchParams }: { searchParams: Search }) {
  await connection();
  if (!mailboxEnabled()) notFound();
  const params = await searchParams;
  const to = typeof params.to === "string" ? params.to.slice(0, 254) : "";
  const [messages, t, format] = await Promise.all([
    listMailbox(getDb(), to || undefined),
    getTranslations("mailbox"),
    getFormatter(),
  ]);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="max-w-3xl text-slate-700">{t("intro")}</p>
      <form method="get" className="flex flex-wrap items-end gap-2">
        <div className="flex flex-col gap-1">
          <label htmlFor="mailbox-to" className="font-medium">
            {t("recipient")}
          </label>
          <p id="mailbox-to-hint" className="text-sm text-slate-600">
            {t("recipientHint")}
          </p>
          <input
            id="mailbox-to"
            name="to"
            defaultValue={to}
            aria-describedby="mailbox-to-hint"
            className="min-h-11 w-72 max-w-full rounded-md border border-slate-400 bg-white px-3 py-2"
          />
        </div>
        <button type="submit" className="min-h-11 rounded-md bg-brand-600 px-4 py-2 font-medium text-white">
          {t("filter")}
        </button>
        {to ? (
          <a href="/dev/mailbox" className="min-h-11 px-2 py-2 text-brand-700 underline">
            {t("showAll")}
          </a>
        ) : null}
      </form>
      {messages.length === 0 ? <p>{t("empty")}</p> : null}
      <ol className="flex flex-col gap-3">
        {messages.map((m) => (
          <li key={m.id}>
            <article
              aria-labelledby={`mail-${m.id}`}
              className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
              data-testid="mailbox-message"
            >
              <h2 id={`mail-${m.id}`} className="font-semibold">
                {m.subject}
              </h2>
              <dl className="my-2 grid grid-cols-[max-content_1fr] gap-x-4 text-sm">
                <dt className="text-slate-600">{t("to")}</dt>
                <dd className="break-all">
                  {m.to} · {t(`channel.${m.channel}`)}
                </dd>
                <dt className="text-slate-600">{t("queuedAt")}</dt>
                <dd>
                  {format.dateTime(m.createdAt, { dateStyle: "medium", timeStyle: "medium" })} ·{" "}
                  {t(`status.${m.status}`)}
                </dd>
              </dl>
              <pre className="whitespace-pre-wrap break-words font-sans text-slate-900">{m.body}</pre>
            </article>
          </li>
        ))}
      </ol>
    </div>
  );
}
