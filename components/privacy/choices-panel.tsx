"use client";
import { useTranslations } from "@/lib/i18n/use-translations";
import { useState } from "react";
import { categoryChoiceKeys, categoryOf, gpcCovered, type ChoiceKey } from "@/lib/consent/keys";
import type { InterestTagView } from "@/lib/collection/queries";
import { Card } from "@/components/account/card";
import { Alert } from "@/components/ui/alert";
import { choiceGroups } from "./choice-groups";
import { GpcConfirmDialog } from "./gpc-confirm-dialog";
import { HistoryClear } from "./history-clear";
import { InterestTags } from "./interest-tags";
import { Switch } from "./switch";
import { useChoices, useOutcomes, type ChoicesData, type Outcome } from "./use-choices";

type Props = {
  subjectId: string;
  initial: ChoicesData;
  canChange: boolean;
  // A child acting for themselves may turn things off, never on.
  childSelf: boolean;
  gpc: boolean;
  history: { browsing: number; search: number; canClear: boolean };
  tags: { list: InterestTagView[]; canDelete: boolean };
};

export function ChoicesPanel({ subjectId, initial, canChange, childSelf, gpc, history, tags }: Props) {
  const t = useTranslations("privacy");
  const tShop = useTranslations("shop");
  const { outcomes, last, record } = useOutcomes();
  const [askGpc, setAskGpc] = useState<ChoiceKey | null>(null);
  const { data, change } = useChoices(subjectId, initial, (o) =>
    o.kind === "needsGpc" ? setAskGpc(o.key as ChoiceKey) : record(o),
  );
  const byKey = new Map(data.choices.map((c) => [c.key, c]));

  const label = (key: string) => {
    const category = categoryOf(key);
    return category ? t("recommendFrom", { category: tShop(`categories.${category}`) }) : t(`purposes.${key}.label`);
  };
  const state = (on: boolean) => (on ? t("on") : t("off"));
  const describe = (o: Outcome) =>
    o.kind === "failed"
      ? t("failed", { label: label(o.key), message: o.message })
      : o.kind === "needsGpc"
        ? ""
        : t(o.kind, { label: label(o.key), state: state(o.granted) });

  const toggle = (key: ChoiceKey, next: boolean) => {
    if (next && gpc && gpcCovered.includes(key)) return setAskGpc(key);
    change(key, next);
  };

  const renderSwitch = (key: ChoiceKey, shortLabel?: string) => {
    const c = byKey.get(key);
    if (!c) return null;
    const o = outcomes[key];
    return (
      <Switch
        key={key}
        label={shortLabel ?? label(key)}
        description={shortLabel ? undefined : t(`purposes.${key}.description`)}
        checked={c.granted}
        disabled={!canChange || (childSelf && !c.granted)}
        onText={t("on")}
        offText={t("off")}
        onChange={(next) => toggle(key, next)}
        badge={
          gpc && gpcCovered.includes(key) ? (
            <span className="rounded bg-indigo-100 px-2 py-0.5 text-xs font-medium text-indigo-900">
              {t("gpcBadge")}
            </span>
          ) : null
        }
        feedback={
          o ? <span className={o.kind === "failed" ? "text-red-700" : "text-green-800"}>{describe(o)}</span> : null
        }
      />
    );
  };

  return (
    <div className="flex flex-col gap-4">
      {last && last.kind !== "needsGpc" ? (
        <Alert tone={last.kind === "failed" ? "error" : "success"}>{describe(last)}</Alert>
      ) : null}
      {choiceGroups.map((group) => (
        <Card key={group.id} title={t(`groups.${group.id}.title`)} id={`group-${group.id}`}>
          <p className="text-slate-700">{t(`groups.${group.id}.intro`)}</p>
          {group.id === "cookies" ? (
            <div className="flex items-center justify-between gap-4 border-b border-slate-100 py-3">
              <span className="font-medium">{t("necessaryCookies")}</span>
              <span className="text-sm text-slate-700">{t("necessaryCookiesState")}</span>
            </div>
          ) : null}
          {group.keys.map((key) => (
            <div key={key}>
              {renderSwitch(key)}
              {key === "collection.browsingHistory" || key === "collection.searchHistory" ? (
                <HistoryClear
                  kind={key === "collection.browsingHistory" ? "browsing" : "search"}
                  initialCount={key === "collection.browsingHistory" ? history.browsing : history.search}
                  canClear={history.canClear}
                />
              ) : null}
            </div>
          ))}
          {group.id === "personalization" ? (
            <>
              <fieldset className="mt-3 rounded border border-slate-200 px-3">
                <legend className="px-1 font-medium">{t("categoriesTitle")}</legend>
                <p className="text-sm text-slate-700">{t("categoriesIntro")}</p>
                <div className="grid grid-cols-1 gap-x-6 sm:grid-cols-2">
                  {categoryChoiceKeys.map((key) => renderSwitch(key, tShop(`categories.${categoryOf(key)!}`)))}
                </div>
              </fieldset>
              <InterestTags initial={tags.list} canDelete={tags.canDelete} />
            </>
          ) : null}
        </Card>
      ))}
      {askGpc ? (
        <GpcConfirmDialog
          label={label(askGpc)}
          onCancel={() => setAskGpc(null)}
          onConfirm={() => {
            change(askGpc, true, true);
            setAskGpc(null);
          }}
        />
      ) : null}
    </div>
  );
}
