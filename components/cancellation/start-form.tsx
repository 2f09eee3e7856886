"use client";
import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "@/lib/i18n/use-translations";
import { useId, useState } from "react";
import type { Condition } from "@/lib/cancellation/checklist";
import { startCancellationAction } from "@/lib/cancellation/actions";
import { queryKeys } from "@/lib/query-keys";
import { StepUpDialog } from "@/components/auth/step-up-dialog";
import { useStepUp } from "@/components/auth/use-step-up";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

type Props = { subjectId: string; days: number };

export function StartCancellationForm({ subjectId, days }: Props) {
  const t = useTranslations("cancellation.start");
  const client = useQueryClient();
  const router = useRouter();
  const checkId = useId();
  const errorId = useId();
  const [confirmed, setConfirmed] = useState(false);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { run, dialogProps } = useStepUp();

  async function start(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    const result = await run(() => startCancellationAction({ confirmRead: confirmed }));
    setBusy(false);
    if (result.ok) {
      setError(null);
      router.refresh();
      return;
    }
    if (result.error.code === "step_up_required") return;
    setFieldError(result.error.fields?.confirmRead?.[0] ?? null);
    setError(result.error.fields ? null : result.error.message);
    // A condition that stopped holding since the page loaded: show the list as it is now.
    const fresh = (result.error.details as { conditions?: Condition[] } | undefined)?.conditions;
    if (fresh) client.setQueryData(queryKeys.cancellation(subjectId), fresh);
  }

  return (
    <form onSubmit={start} noValidate className="flex flex-col gap-3">
      <p>{t("explain", { days })}</p>
      {error ? <Alert tone="error">{error}</Alert> : null}
      <div className="flex items-start gap-2">
        <input
          id={checkId}
          type="checkbox"
          className="mt-1 h-5 w-5"
          checked={confirmed}
          onChange={(e) => setConfirmed(e.target.checked)}
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={fieldError ? errorId : undefined}
        />
        <label htmlFor={checkId}>{t("confirmRead")}</label>
      </div>
      {fieldError ? (
        <p id={errorId} className="text-sm text-red-700">
          {fieldError}
        </p>
      ) : null}
      <div>
        <Button type="submit" variant="danger" pending={busy}>
          {t("button")}
        </Button>
      </div>
      {dialogProps.open ? <StepUpDialog {...dialogProps} /> : null}
    </form>
  );
}
