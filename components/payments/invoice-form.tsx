"use client";
import { useTranslations } from "@/lib/i18n/use-translations";
import { useState } from "react";
import type { InvoiceView } from "@/lib/invoices/queries";
import { invoiceKinds } from "@/lib/invoices/schemas";
import { saveInvoiceAction } from "@/lib/invoices/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";

type Props = { invoice?: InvoiceView; onSaved: (list: InvoiceView[]) => void; onCancel?: () => void };

export function InvoiceForm({ invoice, onSaved, onCancel }: Props) {
  const t = useTranslations("invoices");
  const [kind, setKind] = useState<InvoiceView["kind"]>(invoice?.kind ?? "company");
  const { result, onSubmit, pending, fieldErrors } = useActionForm(async (prev: unknown, form: FormData) => {
    const saved = await saveInvoiceAction(prev, form);
    if (saved.ok) onSaved(saved.data);
    return saved;
  });
  const id = invoice?.id ?? "new";
  const kindErrorId = `${id}-kind-error`;
  return (
    <form
      onSubmit={onSubmit}
      className="flex flex-col gap-3"
      noValidate
      aria-label={invoice ? t("editTitle", { title: invoice.title }) : t("addTitle")}
    >
      {result && !result.ok ? <Alert tone="error">{result.error.message}</Alert> : null}
      <input type="hidden" name="id" value={invoice?.id ?? ""} />
      <fieldset aria-describedby={fieldErrors.kind ? kindErrorId : undefined}>
        <legend className="mb-1 font-medium">{t("kind")}</legend>
        <div className="flex flex-wrap gap-x-6 gap-y-2">
          {invoiceKinds.map((k) => (
            <label key={k} className="flex min-h-11 items-center gap-2">
              <input
                type="radio"
                name="kind"
                value={k}
                checked={kind === k}
                onChange={() => setKind(k)}
                className="h-5 w-5"
              />
              {t(`kinds.${k}`)}
            </label>
          ))}
        </div>
        {fieldErrors.kind ? (
          <p id={kindErrorId} className="text-sm text-red-700">
            {fieldErrors.kind.join(" ")}
          </p>
        ) : null}
      </fieldset>
      <TextField
        id={`${id}-title`}
        label={t("titleField")}
        name="title"
        defaultValue={invoice?.title}
        hint={kind === "company" ? t("titleHintCompany") : t("titleHintPersonal")}
        maxLength={100}
        autoComplete="organization"
        errors={fieldErrors.title}
      />
      {kind === "company" ? (
        <TextField
          id={`${id}-taxpayer`}
          label={t("taxpayerId")}
          name="taxpayerId"
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="characters"
          hint={invoice?.taxpayerId ? t("taxpayerKeep", { masked: invoice.taxpayerId }) : t("taxpayerHint")}
          errors={fieldErrors.taxpayerId}
        />
      ) : null}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" pending={pending}>
          {invoice ? t("saveChanges") : t("add")}
        </Button>
        {onCancel ? (
          <Button type="button" variant="secondary" onClick={onCancel}>
            {t("cancel")}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
