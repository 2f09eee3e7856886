"use client";
import { useTranslations } from "@/lib/i18n/use-translations";
import { useState } from "react";
import { revealContactAction } from "@/lib/account/actions";
import { StepUpDialog } from "@/components/auth/step-up-dialog";
import { useStepUp } from "@/components/auth/use-step-up";
import { Button } from "@/components/ui/button";

export function RevealValue({ field, masked }: { field: "email" | "phone"; masked: string }) {
  const t = useTranslations("account");
  const [value, setValue] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { run, dialogProps } = useStepUp();

  async function reveal() {
    setBusy(true);
    const result = await run(() => revealContactAction({ field }));
    setBusy(false);
    if (result.ok) {
      setValue(result.data.value);
      setError(null);
    } else if (result.error.code !== "step_up_required") setError(result.error.message);
  }

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <span data-testid={`${field}-value`}>{value ?? masked}</span>
      {value ? (
        <Button variant="link" onClick={() => setValue(null)}>
          {t("hide")}
        </Button>
      ) : (
        <Button
          variant="link"
          onClick={reveal}
          pending={busy}
          aria-label={t("showField", { field: t(`fields.${field}`) })}
        >
          {t("show")}
        </Button>
      )}
      {error ? (
        <span role="alert" className="text-sm text-red-700">
          {error}
        </span>
      ) : null}
      {dialogProps.open ? <StepUpDialog {...dialogProps} /> : null}
    </span>
  );
}
