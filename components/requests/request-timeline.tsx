"use client";
import { useLocale } from "next-intl";
import { useTranslations } from "@/lib/i18n/use-translations";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import type { RequestStep } from "@/lib/requests/queries";

/** The steps of a request, oldest first: who did what, and what they wrote. */
export function RequestTimeline({ steps, viewerIsHolder }: { steps: RequestStep[]; viewerIsHolder: boolean }) {
  const t = useTranslations("requests");
  const ta = useTranslations("account");
  const locale = useLocale() as Locale;
  return (
    <ol className="flex flex-col gap-2 border-l-2 border-slate-200 pl-4">
      {steps.map((step, i) => (
        <li key={i} className="text-sm">
          <p className="text-slate-700">
            <time dateTime={step.at}>{formatDate(locale, new Date(step.at), "dateTime")}</time> ·{" "}
            <span className="font-medium text-slate-900">
              {t(`by.${step.by === "holder" && viewerIsHolder ? "holderSelf" : step.by}`)}
            </span>
            {step.kind === "status" ? ` · ${t("stepStatus", { status: ta(`requestStatus.${step.status}`) })}` : null}
          </p>
          {step.note ? <p className="whitespace-pre-line text-slate-900">{step.note}</p> : null}
        </li>
      ))}
    </ol>
  );
}
