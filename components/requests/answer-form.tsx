"use client";
import { useTranslations } from "@/lib/i18n/use-translations";
import { useId } from "react";
import { answerRequestAction } from "@/lib/requests/actions";
import type { RequestView } from "@/lib/requests/queries";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextArea } from "@/components/ui/text-area";
import { useActionForm } from "@/components/ui/use-action-form";

const statuses = ["in_progress", "answered", "closed", "rejected"] as const;

type Props = { requestId: string; from: string; onAnswered: (request: RequestView) => void };

/** The office's answer to one request: a message, a new status, or both. */
export function AnswerForm({ requestId, from, onAnswered }: Props) {
  const t = useTranslations("office");
  const id = useId();
  const { result, onSubmit, pending, fieldErrors } = useActionForm(async (prev: unknown, form: FormData) => {
    const answered = await answerRequestAction(prev, form);
    if (answered.ok) onAnswered(answered.data);
    return answered;
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3" aria-label={t("answerTitle")}>
      {result && !result.ok && !result.error.fields ? <Alert tone="error">{result.error.message}</Alert> : null}
      <input type="hidden" name="id" value={requestId} />
      <TextArea
        id={`${id}-note`}
        label={t("note")}
        name="note"
        hint={t("noteHint")}
        rows={3}
        errors={fieldErrors.note}
      />
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-status`} className="font-medium">
          {t("status")}
        </label>
        <select
          id={`${id}-status`}
          name="status"
          defaultValue=""
          className="min-h-11 rounded-md border border-slate-400 bg-white px-3 py-2"
        >
          <option value="">{t("keepStatus")}</option>
          {statuses.map((s) => (
            <option key={s} value={s}>
              {t(`statuses.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <Button type="submit" pending={pending} aria-label={t("submitOne", { name: from })}>
          {t("submit")}
        </Button>
      </div>
    </form>
  );
}
