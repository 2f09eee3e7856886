import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/get-translations";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import type { CorrectionView, IdentityView } from "@/lib/identity/queries";
import { CORRECTION_DUE_DAYS } from "@/lib/identity/queries";
import { Card } from "@/components/account/card";
import { IdentityCorrection } from "./identity-correction";

type Props = { identity: IdentityView | null; correction: CorrectionView | null; canRequest: boolean };

// Real-name identity: masked, marked sensitive, read-only; a person corrects it on request.
export async function IdentitySection({ identity, correction, canRequest }: Props) {
  const [t, locale] = await Promise.all([getTranslations("identity"), getLocale()]);
  return (
    <Card title={t("title")} id="identity">
      {identity ? (
        <div className="flex flex-col gap-4">
          <p>
            <span className="rounded bg-amber-100 px-2 py-0.5 text-sm font-medium text-amber-950">
              {t("sensitive")}
            </span>
          </p>
          <dl className="grid grid-cols-1 gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
            <dt className="font-medium">{t("legalName")}</dt>
            <dd data-testid="identity-name">{identity.legalName}</dd>
            <dt className="font-medium">{t("idNumber")}</dt>
            <dd data-testid="identity-number" className="font-mono break-all">
              {identity.idNumber}
            </dd>
            <dt className="font-medium">{t("verification")}</dt>
            <dd>
              {identity.released
                ? t("released")
                : t("verifiedOn", { date: formatDate(locale as Locale, new Date(identity.verifiedAt)) })}
            </dd>
          </dl>
          <p className="text-slate-700">{t("noEdit", { days: CORRECTION_DUE_DAYS })}</p>
          <IdentityCorrection initial={correction} canRequest={canRequest} />
        </div>
      ) : (
        <p className="text-slate-700">{t("none")}</p>
      )}
    </Card>
  );
}
