import Link from "next/link";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/get-translations";
import { pendingCancellation } from "@/lib/cancellation/queries";
import { getDb } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { PageMessages } from "@/components/layout/page-messages";
import { Alert } from "@/components/ui/alert";
import { WithdrawCancellationButton } from "./withdraw-button";

/** The date the account will be erased and the way back; rendered only for an account that is pending. */
export async function PendingCancellationBanner({
  subjectId,
  canWithdraw,
}: {
  subjectId: string;
  canWithdraw: boolean;
}) {
  const [pending, t, locale] = await Promise.all([
    pendingCancellation(getDb(), subjectId),
    getTranslations("cancellation"),
    getLocale() as Promise<Locale>,
  ]);
  if (!pending) return null;
  return (
    <Alert tone="warning" title={t("pending.banner", { date: formatDate(locale, pending.eraseAfter, "long") })}>
      <div className="mt-2 flex flex-wrap items-center gap-4">
        {canWithdraw ? (
          <PageMessages namespaces={["cancellation"]}>
            <WithdrawCancellationButton />
          </PageMessages>
        ) : null}
        <Link href="/account/cancel" className="text-brand-700 underline">
          {t("pending.details")}
        </Link>
      </div>
    </Alert>
  );
}
