import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/get-translations";
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { appNow } from "@/lib/jobs/clock";
import { ClockControls } from "@/components/dev/clock-controls";
import { PageMessages } from "@/components/layout/page-messages";

// Moves the app's clock for demos and tests (cooling-off periods, retention). Absent unless TEST_CLOCK=true.
export default async function DevClockPage() {
  await connection();
  if (!env.TEST_CLOCK) notFound();
  const [now, t, locale] = await Promise.all([appNow(getDb()), getTranslations("devClock"), getLocale()]);
  return (
    <PageMessages namespaces={["devClock"]}>
      <div className="flex max-w-xl flex-col gap-4">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p>{t("explain")}</p>
        <p data-testid="app-now">{t("now", { time: formatDate(locale as Locale, now, "dateTime") })}</p>
        <ClockControls />
      </div>
    </PageMessages>
  );
}
