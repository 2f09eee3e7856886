import type { Overview } from "@/lib/account/overview";
import { Card } from "./card";
import type { AccountT } from "./overview-translator";

type Props = { choices: Overview["choices"]; isChild: boolean; t: AccountT };

export function OverviewChoices({ choices, isChild, t }: Props) {
  return (
    <Card title={t("yourChoices")} id="your-choices">
      {isChild ? <p className="mb-2 text-sm text-slate-700">{t("childChoices")}</p> : null}
      <ul className="grid grid-cols-1 gap-2 sm:grid-cols-2">
        {choices.map((c) => (
          <li key={c.purpose} className="item-row">
            {t(`purposes.${c.purpose}`)}
            <span className={c.granted ? "state state-on" : "state state-off"}>{c.granted ? t("on") : t("off")}</span>
          </li>
        ))}
      </ul>
    </Card>
  );
}
