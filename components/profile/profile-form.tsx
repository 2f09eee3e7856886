"use client";
import { useTranslations } from "@/lib/i18n/use-translations";
import { useState } from "react";
import type { ProfileView } from "@/lib/profile/queries";
import { genders } from "@/lib/profile/schemas";
import { updateProfileAction } from "@/lib/profile/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";

export function ProfileForm({ initial, readOnly }: { initial: ProfileView; readOnly: boolean }) {
  const t = useTranslations("profile");
  const [base, setBase] = useState(initial);
  const { result, onSubmit, pending, fieldErrors } = useActionForm(async (prev: unknown, form: FormData) => {
    const saved = await updateProfileAction(prev, form);
    if (saved.ok) setBase(saved.data);
    return saved;
  });
  const conflict =
    result && !result.ok && result.error.code === "conflict" ? (result.error.details as ProfileView) : null;

  return (
    <div className="flex flex-col gap-4">
      {result?.ok ? <Alert tone="success">{t("saved")}</Alert> : null}
      {result && !result.ok && !conflict ? <Alert tone="error">{result.error.message}</Alert> : null}
      {conflict ? (
        <Alert tone="warning" title={result && !result.ok ? result.error.message : ""}>
          <p className="mt-1">{t("latestValues")}</p>
          <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4">
            <dt>{t("nickname")}</dt>
            <dd>{conflict.nickname}</dd>
            <dt>{t("gender")}</dt>
            <dd>{conflict.gender ? t(`genders.${conflict.gender}`) : "-"}</dd>
            <dt>{t("birthDate")}</dt>
            <dd>{conflict.birthDate ?? "-"}</dd>
            <dt>{t("interests")}</dt>
            <dd>{conflict.interests.join(", ") || "-"}</dd>
          </dl>
          <Button type="button" variant="secondary" className="mt-3" onClick={() => setBase(conflict)}>
            {t("useLatest")}
          </Button>
        </Alert>
      ) : null}
      {/* Remounted with each saved version, so the fields show what is stored; a refused save keeps what was typed. */}
      <form key={base.version} onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
        <input type="hidden" name="version" value={base.version} />
        <TextField label={t("username")} value={base.username} readOnly disabled hint={t("usernameHint")} />
        <TextField
          label={t("nickname")}
          name="nickname"
          defaultValue={base.nickname}
          maxLength={32}
          required
          errors={fieldErrors.nickname}
          disabled={readOnly}
        />
        <div className="flex flex-col gap-1">
          <label htmlFor="gender" className="font-medium">
            {t("gender")}
          </label>
          <select
            id="gender"
            name="gender"
            defaultValue={base.gender ?? ""}
            disabled={readOnly}
            className="min-h-11 rounded-md border border-slate-400 bg-white px-3"
            aria-describedby={fieldErrors.gender ? "gender-error" : undefined}
          >
            <option value="">{t("genderUnset")}</option>
            {genders.map((g) => (
              <option key={g} value={g}>
                {t(`genders.${g}`)}
              </option>
            ))}
          </select>
          {fieldErrors.gender ? (
            <p id="gender-error" className="text-sm text-red-700">
              {fieldErrors.gender.join(" ")}
            </p>
          ) : null}
        </div>
        <TextField
          label={t("birthDate")}
          name="birthDate"
          type="date"
          defaultValue={base.birthDate ?? ""}
          errors={fieldErrors.birthDate}
          disabled={readOnly}
        />
        <TextField
          label={t("interests")}
          name="interests"
          defaultValue={base.interests.join(", ")}
          hint={t("interestsHint")}
          errors={fieldErrors.interests}
          disabled={readOnly}
        />
        {readOnly ? null : (
          <Button type="submit" pending={pending}>
            {t("save")}
          </Button>
        )}
      </form>
    </div>
  );
}
