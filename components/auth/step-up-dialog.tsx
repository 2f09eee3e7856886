"use client";
import { useTranslations } from "@/lib/i18n/use-translations";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { confirmPasswordAction } from "@/lib/auth/actions";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";

type Props = { open: boolean; onConfirmed: () => void; onCancel: () => void };

// Asks for the password in place, so nothing the person was doing is lost; the caller retries after it.
export function StepUpDialog({ open, onConfirmed, onCancel }: Props) {
  const t = useTranslations("auth.stepUp");
  const ref = useRef<HTMLDialogElement>(null);
  const [errors, setErrors] = useState<string[] | undefined>();
  const [pending, setPending] = useState(false);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    setPending(true);
    const result = await confirmPasswordAction(new FormData(form));
    setPending(false);
    if (result.ok) {
      form.reset();
      setErrors(undefined);
      onConfirmed();
    } else {
      setErrors(result.error.fields?.password ?? [result.error.message]);
    }
  }

  return (
    <dialog
      ref={ref}
      aria-labelledby="step-up-title"
      onCancel={onCancel}
      className="m-auto w-full max-w-sm rounded-lg p-0 shadow-xl backdrop:bg-slate-900/50"
    >
      <form onSubmit={submit} className="flex flex-col gap-4 p-5" noValidate>
        <h2 id="step-up-title" className="text-lg font-semibold">
          {t("title")}
        </h2>
        <p className="text-slate-700">{t("explain")}</p>
        <TextField
          label={t("password")}
          name="password"
          type="password"
          autoComplete="current-password"
          errors={errors}
          autoFocus
        />
        <div className="flex justify-end gap-2">
          <Button type="button" variant="secondary" onClick={onCancel}>
            {t("cancel")}
          </Button>
          <Button type="submit" pending={pending}>
            {t("confirm")}
          </Button>
        </div>
      </form>
    </dialog>
  );
}
