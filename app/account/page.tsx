import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/get-translations";
import type { Locale } from "@/lib/i18n/config";
import { notFound } from "next/navigation";
import { pageAccess } from "@/lib/access/page";
import { loadOverview, OWN_OVERVIEW, toOverview, type Raw as OverviewRow } from "@/lib/account/overview";
import { OverviewIdentity } from "@/components/account/overview-identity";
import { OverviewChoices } from "@/components/account/overview-choices";
import { OverviewRequests } from "@/components/account/overview-requests";
import { OfficerTools } from "@/components/account/officer-tools";
import { Alert } from "@/components/ui/alert";
import { PendingCancellationBanner } from "@/components/cancellation/pending-banner";

export async function generateMetadata() {
  const t = await getTranslations("account");
  return { title: t("overviewTitle") };
}

export default async function AccountOverviewPage({ searchParams }: { searchParams: Promise<{ welcome?: string }> }) {
  const access = await pageAccess("account.view", "/account", OWN_OVERVIEW);
  const [overview, t, locale, params] = await Promise.all([
    access.own ? toOverview(access.own as OverviewRow) : loadOverview(access.subjectId!),
    getTranslations("account"),
    getLocale() as Promise<Locale>,
    searchParams,
  ]);
  if (!overview) notFound();
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">{t("greeting", { name: overview.displayName })}</h1>
      {params.welcome ? <Alert tone="success">{t("welcome")}</Alert> : null}
      {/* Only a pending cancellation costs this page a second query: its date and the way back come first. */}
      {overview.status === "cancellation_pending" ? (
        <PendingCancellationBanner
          subjectId={access.subjectId!}
          canWithdraw={access.via === "self" || access.via === "guardian"}
        />
      ) : null}
      {overview.status === "frozen" ? <Alert tone="warning">{t("frozen")}</Alert> : null}
      <OverviewIdentity
        overview={overview}
        canReveal={access.via === "self" || access.via === "guardian"}
        t={t}
        locale={locale}
      />
      <OverviewChoices choices={overview.choices} isChild={overview.isChild} t={t} />
      <OverviewRequests requests={overview.openRequests} unreadNotices={overview.unreadNotices} t={t} locale={locale} />
      {access.via === "self" && access.actor.roles.includes("officer") ? <OfficerTools /> : null}
    </div>
  );
}
