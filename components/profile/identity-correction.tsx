"use client";
import { useLocale } from "next-intl";
import { useTranslations } from "@/lib/i18n/use-translations";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { useState } from "react";
import type { CorrectionView } from "@/lib/identity/queries";
import { CORRECTION_MAX, CORRECTION_MIN } from "@/lib/identity/schemas";
import { requestIdentityCorrectionAction } from "@/lib/identity/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextArea } from "@/components/ui/text-area";
import { useActionForm } from "@/components/ui/use-action-form";

type Props = { initial: CorrectionView | null; canRequest: boolean };

// The open correction's status and due date, or the form to ask for one.
export function IdentityCorrection({ initial, canRequest }: Props) {
  const t = useTranslations("identity");
  const locale = useLocale() as Locale;
  const [open, setOpen] = useState(initial);
  const [justFiled, setJustFiled] = useState(false);
  const { result, onSubmit, pending, fieldErrors } = useActionForm(async (prev: unknown, form: FormData) => {
    const filed = await requestIdentityCorrectionAction(prev, form);
    if (filed.ok) {
      setOpen(filed.data);
      setJustFiled(true);
    }
    return filed;
  });
  const date = (iso: string) => formatDate(locale, new Date(iso));

  if (open) {
    return (
      <Alert tone={justFiled ? "success" : "info"} title={justFiled ? t("filed") : t("openTitle")}>
        <p>
          {t("openStatus", { status: t(`status.${open.status}`), filed: date(open.createdAt), due: date(open.dueAt) })}
        </p>
      </Alert>
    );
  }
  if (!canRequest) return null;
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3" aria-labelledby="identity-correction-title">
      <h3 id="identity-correction-title" className="font-semibold">
        {t("requestTitle")}
      </h3>
      {result && !result.ok && !fieldErrors.details ? <Alert tone="error">{result.error.message}</Alert> : null}
      <TextArea
        id="identity-correction-details"
        label={t("details")}
        name="details"
        hint={t("detailsHint", { min: CORRECTION_MIN, max: CORRECTION_MAX })}
        maxLength={CORRECTION_MAX}
        rows={4}
        errors={fieldErrors.details}
      />
      <div>
        <Button type="submit" pending={pending}>
          {t("submit")}
        </Button>
      </div>
    </form>
  );
}
