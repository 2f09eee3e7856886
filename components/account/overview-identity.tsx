import type { Locale } from "@/lib/i18n/config";
import type { AccountT } from "./overview-translator";
import { formatDate } from "@/lib/i18n/format";
import type { Overview } from "@/lib/account/overview";
import { Card } from "./card";
import { RevealValue } from "./reveal-value";

type Props = { overview: Overview; canReveal: boolean; t: AccountT; locale: Locale };

export function OverviewIdentity({ overview, canReveal, t, locale }: Props) {
  const rows: [string, React.ReactNode][] = [
    [t("fields.username"), overview.username],
    [
      t("fields.email"),
      overview.email ? canReveal ? <RevealValue field="email" masked={overview.email} /> : overview.email : t("notSet"),
    ],
    [
      t("fields.phone"),
      overview.phone ? canReveal ? <RevealValue field="phone" masked={overview.phone} /> : overview.phone : t("notSet"),
    ],
    [t("fields.status"), t(`status.${overview.status}`)],
    [t("fields.memberSince"), formatDate(locale, overview.memberSince, "long")],
  ];
  return (
    <Card title={t("whoYouAre")} id="who-you-are">
      {overview.isChild ? (
        <p className="mb-2 inline-block rounded bg-orange-100 px-2 py-1 text-sm text-sensitive">{t("childAccount")}</p>
      ) : null}
      <dl className="fields">
        {/* Keyed terms and values side by side rather than a fragment per pair: the page's payload carries every
            element of a server component, and a wrapper per row is one more to encode, decode and render. */}
        {rows.flatMap(([label, value]) => [<dt key={`t:${label}`}>{label}</dt>, <dd key={`v:${label}`}>{value}</dd>])}
      </dl>
    </Card>
  );
}
