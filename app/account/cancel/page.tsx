import Link from "next/link";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/get-translations";
import { pageAccess } from "@/lib/access/page";
import { allows } from "@/lib/access/resolver";
import { evaluateChecklist } from "@/lib/cancellation/checklist";
import { keptPreview } from "@/lib/cancellation/kept";
import { pendingCancellation } from "@/lib/cancellation/queries";
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { listLogins } from "@/lib/logins/queries";
import { Card } from "@/components/account/card";
import { CancellationChecklist } from "@/components/cancellation/checklist";
import { StartCancellationForm } from "@/components/cancellation/start-form";
import { WithdrawCancellationButton } from "@/components/cancellation/withdraw-button";
import { Alert } from "@/components/ui/alert";
import { PageMessages } from "@/components/layout/page-messages";

export async function generateMetadata() {
  const t = await getTranslations("cancellation");
  return { title: t("title") };
}

export default async function CancelAccountPage({ searchParams }: { searchParams: Promise<{ withdrawn?: string }> }) {
  const access = await pageAccess("cancellation.view", "/account/cancel");
  const subjectId = access.subjectId!;
  const db = getDb();
  const [conditions, pending, logins, t, locale, params] = await Promise.all([
    evaluateChecklist(db, subjectId),
    pendingCancellation(db, subjectId),
    listLogins(db, subjectId),
    getTranslations("cancellation"),
    getLocale() as Promise<Locale>,
    searchParams,
  ]);
  const kept = keptPreview(locale);
  const canAct = allows(access, "cancellation.start");
  return (
    <PageMessages namespaces={["cancellation", "logins"]}>
      <div className="flex flex-col gap-6">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        {params.withdrawn && !pending ? <Alert tone="success">{t("pending.withdrawn")}</Alert> : null}
        {pending ? (
          <Alert tone="warning" title={t("pending.banner", { date: formatDate(locale, pending.eraseAfter, "long") })}>
            {canAct ? (
              <div className="mt-2">
                <WithdrawCancellationButton />
              </div>
            ) : null}
          </Alert>
        ) : (
          <p className="text-slate-700">{t("intro")}</p>
        )}
        <Card title={t("notice.heading")} id="cancel-notice">
          <p className="font-medium">{t("notice.lose")}</p>
          <ul className="mb-3 list-disc pl-5">
            <li>{t("notice.signIn")}</li>
            <li>{t("notice.data")}</li>
            <li>{t("notice.assets")}</li>
            <li>{t("notice.linked")}</li>
          </ul>
          <p className="mb-2 font-semibold text-red-800">{t("notice.irreversible")}</p>
          <p className="mb-3">{t("notice.responsibility")}</p>
          <p>
            <Link href="/account/data" className="font-semibold text-brand-700 underline underline-offset-2">
              {t("notice.downloadFirst")}
            </Link>
            <span className="block text-sm text-slate-700">{t("notice.downloadHint")}</span>
          </p>
        </Card>
        <Card title={t("checklist.heading")} id="cancel-checklist">
          <CancellationChecklist subjectId={subjectId} initial={conditions} logins={logins} canResolve={canAct} />
        </Card>
        <Card title={t("kept.heading")} id="cancel-kept">
          <div className="grid gap-4 sm:grid-cols-2">
            <div>
              <h3 className="mb-1 font-medium">{t("kept.erased")}</h3>
              <ul className="list-disc pl-5 text-sm">
                {kept.erased.map((label) => (
                  <li key={label}>{label}</li>
                ))}
              </ul>
            </div>
            <div>
              <h3 className="mb-1 font-medium">{t("kept.keptDeidentified")}</h3>
              <ul className="list-disc pl-5 text-sm">
                {kept.kept.map((k) => (
                  <li key={k.label}>
                    <span className="font-medium">{k.label}</span>: {k.retention}
                  </li>
                ))}
              </ul>
            </div>
          </div>
        </Card>
        {!pending && canAct ? (
          <Card title={t("start.heading")} id="cancel-start">
            <StartCancellationForm subjectId={subjectId} days={env.CANCELLATION_COOLING_OFF_DAYS} />
          </Card>
        ) : null}
      </div>
    </PageMessages>
  );
}
