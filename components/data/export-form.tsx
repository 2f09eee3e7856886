"use client";
import { useTranslations } from "@/lib/i18n/use-translations";
import { useState, type FormEvent } from "react";
import type { ActionResult } from "@/lib/access/errors";
import { createExportLinkAction } from "@/lib/export/actions";
import { StepUpDialog } from "@/components/auth/step-up-dialog";
import { useStepUp } from "@/components/auth/use-step-up";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";

export type ExportGroup = { group: string; items: { key: string; label: string; rows: number }[] };
type Prepared = { url: string; expectedRows: number };

type Props = { groups: ExportGroup[]; busy: boolean; onPrepared: (prepared: Prepared) => void };

/** Which categories and dates to include; submitting prepares a link (after a password check when due). */
export function ExportForm({ groups, busy, onPrepared }: Props) {
  const t = useTranslations("data");
  const all = groups.flatMap((g) => g.items.map((i) => i.key));
  const [selected, setSelected] = useState<Set<string>>(() => new Set(all));
  const [result, setResult] = useState<ActionResult<Prepared> | null>(null);
  const [pending, setPending] = useState(false);
  const [open, setOpen] = useState(false);
  const { run, dialogProps } = useStepUp();
  const fields = result && !result.ok ? (result.error.fields ?? {}) : {};

  const toggle = (key: string, on: boolean) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    const outcome = await run(() => createExportLinkAction(form));
    setPending(false);
    setResult(outcome);
    if (outcome.ok) onPrepared(outcome.data);
  }

  const categoryErrors = fields.categories;
  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-4">
      {result && !result.ok && result.error.code !== "step_up_required" ? (
        <Alert tone="error">{result.error.message}</Alert>
      ) : null}
      {/* All categories are chosen by default; the list opens for choosing fewer (and on an error). */}
      <details open={open || Boolean(categoryErrors)} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary className="min-h-11 cursor-pointer py-2 font-semibold">
          {t("chooseCategories", { selected: selected.size, total: all.length })}
        </summary>
        <fieldset
          className="flex flex-col gap-3 pt-2"
          aria-describedby={categoryErrors ? "categories-error" : undefined}
        >
          <legend className="mb-1 font-semibold">{t("categoriesLegend")}</legend>
          <div className="flex flex-wrap gap-2">
            <Button type="button" variant="secondary" onClick={() => setSelected(new Set(all))}>
              {t("selectAll")}
            </Button>
            <Button type="button" variant="secondary" onClick={() => setSelected(new Set())}>
              {t("selectNone")}
            </Button>
          </div>
          {categoryErrors ? (
            <p id="categories-error" className="text-sm text-red-700">
              {categoryErrors.join(" ")}
            </p>
          ) : null}
          {groups.map((g) => (
            <fieldset key={g.group} className="rounded-md border border-slate-200 p-3">
              <legend className="px-1 font-medium">{t(`groups.${g.group}`)}</legend>
              <ul className="grid grid-cols-1 gap-1 sm:grid-cols-2">
                {g.items.map((item) => (
                  <li key={item.key}>
                    <label className="flex min-h-11 items-center gap-2">
                      <input
                        type="checkbox"
                        name="categories"
                        value={item.key}
                        checked={selected.has(item.key)}
                        onChange={(e) => toggle(item.key, e.target.checked)}
                        className="h-5 w-5 shrink-0"
                      />
                      <span>
                        {item.label}{" "}
                        <span className="text-sm text-slate-600">({t("records", { count: item.rows })})</span>
                      </span>
                    </label>
                  </li>
                ))}
              </ul>
            </fieldset>
          ))}
        </fieldset>
      </details>
      <fieldset className="flex flex-col gap-2" aria-describedby="range-hint">
        <legend className="mb-1 font-semibold">{t("rangeLegend")}</legend>
        <p id="range-hint" className="text-sm text-slate-600">
          {t("rangeHint")}
        </p>
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
          <TextField label={t("from")} name="from" type="date" errors={fields.from} />
          <TextField label={t("to")} name="to" type="date" errors={fields.to} />
        </div>
      </fieldset>
      <div>
        <Button type="submit" pending={pending || busy}>
          {t("prepare")}
        </Button>
      </div>
      {dialogProps.open ? <StepUpDialog {...dialogProps} /> : null}
    </form>
  );
}
