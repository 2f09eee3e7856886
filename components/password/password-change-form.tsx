"use client";
import { useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "@/lib/i18n/use-translations";
import { useState } from "react";
import { changePasswordAction } from "@/lib/password/actions";
import { queryKeys } from "@/lib/query-keys";
import { StepUpDialog } from "@/components/auth/step-up-dialog";
import { useStepUpForm } from "@/components/auth/use-step-up-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { StrengthMeter } from "./strength-meter";
import { usePasswordStrength } from "./use-password-strength";

type Props = { subjectId: string; personal: string[]; onCancel: () => void };

export function PasswordChangeForm({ subjectId, personal, onCancel }: Props) {
  const t = useTranslations("password");
  const client = useQueryClient();
  const [password, setPassword] = useState("");
  const { strength, advice, prepare, loading } = usePasswordStrength(password, personal);
  const form = useStepUpForm(changePasswordAction);
  const errors = form.fieldErrors;
  const failed = form.result && !form.result.ok ? form.result.error : null;

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    const result = await form.submit(new FormData(element));
    if (result.ok) {
      element.reset();
      setPassword("");
      // The devices list on this page shows the sessions that were just ended.
      void client.invalidateQueries({ queryKey: queryKeys.sessions(subjectId) });
    }
  }

  // The new-password field is described by its hint, its errors and the live strength sentence.
  const newDescribedBy = [
    "new-password-hint",
    errors.newPassword ? "new-password-error" : null,
    "new-password-strength",
  ]
    .filter(Boolean)
    .join(" ");

  return (
    <form onSubmit={submit} className="flex max-w-xl flex-col gap-4" noValidate>
      <p className="text-slate-700">{t("intro")}</p>
      {form.result?.ok ? (
        <Alert tone="success">{t("changed", { count: form.result.data.signedOutOthers })}</Alert>
      ) : null}
      {failed && !failed.fields ? <Alert tone="error">{failed.message}</Alert> : null}
      <TextField
        id="current-password"
        label={t("current")}
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        errors={errors.currentPassword}
      />
      <div className="flex flex-col gap-2">
        <TextField
          id="new-password"
          label={t("new")}
          name="newPassword"
          type="password"
          autoComplete="new-password"
          required
          maxLength={128}
          hint={t("newHint")}
          errors={errors.newPassword}
          aria-describedby={newDescribedBy}
          onFocus={prepare}
          onChange={(e) => {
            prepare();
            setPassword(e.target.value);
          }}
        />
        <StrengthMeter id="new-password-strength" strength={strength} advice={advice} loading={loading} />
      </div>
      <TextField
        id="confirm-password"
        label={t("confirm")}
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        maxLength={128}
        errors={errors.confirmPassword}
      />
      <div className="flex flex-col gap-1">
        <label className="flex items-start gap-2">
          <input
            type="checkbox"
            name="signOutOthers"
            defaultChecked
            className="mt-1 h-5 w-5"
            aria-describedby="sign-out-others-hint"
          />
          <span>{t("signOutOthers")}</span>
        </label>
        <p id="sign-out-others-hint" className="pl-7 text-sm text-slate-600">
          {t("signOutOthersHint")}
        </p>
      </div>
      <div className="flex flex-wrap gap-3">
        <Button type="submit" pending={form.pending}>
          {t("submit")}
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          {t("cancel")}
        </Button>
      </div>
      {form.stepUp.open ? <StepUpDialog {...form.stepUp} /> : null}
    </form>
  );
}
