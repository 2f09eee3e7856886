import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { pageAccess } from "@/lib/access/page";
import { loadOverview, toOverview, type Raw as OverviewRow } from "@/lib/account/overview";
import { OverviewIdentity } from "@/components/account/overview-identity";
import { OverviewChoices } from "@/components/account/overview-choices";
import { OverviewRequests } from "@/components/account/overview-requests";
import { Alert } from "@/components/ui/alert";
import { WithdrawCancellationButton } from "@/components/cancellation/withdraw-button";
import { PageMessages } from "@/components/layout/page-messages";
import { pendingCancellation } from "@/lib/cancellation/queries";
import { getDb } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";

export async function generateMetadata() {
  const t = await getTranslations("account");
  return { title: t("overviewTitle") };
}

export default async function AccountOverviewPage({ searchParams }: { searchParams: Promise<{ welcome?: string }> }) {
  const access = await pageAccess("account.view", "/account", true);
  const [overview, t, tc, locale, params] = await Promise.all([
    access.ownOverview ? toOverview(access.ownOverview as OverviewRow) : loadOverview(access.subjectId!),
    getTranslations("account"),
    getTranslations("cancellation"),
    getLocale(),
    searchParams,
  ]);
  if (!overview) notFound();
  // Only a pending cancellation costs this page a second query: its date and the way back are shown first.
  const pending =
    overview.status === "cancellation_pending" ? await pendingCancellation(getDb(), access.subjectId!) : null;
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">{t("greeting", { name: overview.displayName })}</h1>
      {params.welcome ? <Alert tone="success">{t("welcome")}</Alert> : null}
      {pending ? (
        <Alert
          tone="warning"
          title={tc("pending.banner", { date: formatDate(locale as Locale, pending.eraseAfter, "long") })}
        >
          <div className="mt-2 flex flex-wrap items-center gap-4">
            {access.via === "self" || access.via === "guardian" ? (
              <PageMessages namespaces={["cancellation"]}>
                <WithdrawCancellationButton />
              </PageMessages>
            ) : null}
            <Link href="/account/cancel" className="text-brand-700 underline">
              {tc("pending.details")}
            </Link>
          </div>
        </Alert>
      ) : null}
      {overview.policyToAcknowledge ? (
        <Alert tone="warning">{t("policyChanged", { version: overview.policyToAcknowledge })}</Alert>
      ) : null}
      {overview.status === "frozen" ? <Alert tone="warning">{t("frozen")}</Alert> : null}
      <OverviewIdentity overview={overview} canReveal={access.via === "self" || access.via === "guardian"} />
      <OverviewChoices choices={overview.choices} isChild={overview.isChild} />
      <OverviewRequests requests={overview.openRequests} unreadNotices={overview.unreadNotices} />
    </div>
  );
}
