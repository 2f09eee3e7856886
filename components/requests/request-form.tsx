"use client";
import { useTranslations } from "@/lib/i18n/use-translations";
import { useId, useState } from "react";
import { fileRequestAction } from "@/lib/requests/actions";
import type { RequestView } from "@/lib/requests/queries";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextArea } from "@/components/ui/text-area";
import { useActionForm } from "@/components/ui/use-action-form";

type Props = { types: readonly string[]; onFiled: (list: RequestView[]) => void };

/** A new request: its kind (each with its answer time) and what the person asks for. */
export function RequestForm({ types, onFiled }: Props) {
  const t = useTranslations("requests");
  const ta = useTranslations("account");
  const [type, setType] = useState("question");
  const [formKey, setFormKey] = useState(0);
  const selectId = useId();
  const { result, onSubmit, pending, fieldErrors } = useActionForm(async (prev: unknown, form: FormData) => {
    const filed = await fileRequestAction(prev, form);
    if (filed.ok) {
      onFiled(filed.data);
      setFormKey((k) => k + 1);
    }
    return filed;
  });
  const typeErrors = fieldErrors.type;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3" key={formKey} aria-label={t("fileTitle")}>
      {result?.ok ? <Alert tone="success">{t("filed")}</Alert> : null}
      {result && !result.ok ? <Alert tone="error">{result.error.message}</Alert> : null}
      <div className="flex flex-col gap-1">
        <label htmlFor={selectId} className="font-medium">
          {t("type")}
        </label>
        <p id={`${selectId}-hint`} className="text-sm text-slate-600">
          {t(`typeHints.${type}`)}
        </p>
        <select
          id={selectId}
          name="type"
          value={type}
          onChange={(e) => setType(e.target.value)}
          aria-describedby={[`${selectId}-hint`, typeErrors ? `${selectId}-error` : ""].filter(Boolean).join(" ")}
          aria-invalid={typeErrors ? true : undefined}
          className="min-h-11 rounded-md border border-slate-400 bg-white px-3 py-2"
        >
          {types.map((rt) => (
            <option key={rt} value={rt}>
              {ta(`requestTypes.${rt}`)}
            </option>
          ))}
        </select>
        {typeErrors ? (
          <p id={`${selectId}-error`} className="text-sm text-red-700">
            {typeErrors.join(" ")}
          </p>
        ) : null}
      </div>
      <TextArea
        label={t("summary")}
        name="summary"
        hint={t("summaryHint")}
        maxLength={2000}
        errors={fieldErrors.summary}
      />
      <div>
        <Button type="submit" pending={pending}>
          {t("submit")}
        </Button>
      </div>
    </form>
  );
}
