"use client";
import { useTranslations } from "@/lib/i18n/use-translations";
import type { AddressView } from "@/lib/addresses/queries";
import { saveAddressAction } from "@/lib/addresses/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";

type Props = { address?: AddressView; onSaved: (list: AddressView[]) => void; onCancel?: () => void };

export function AddressForm({ address, onSaved, onCancel }: Props) {
  const t = useTranslations("addresses");
  const { result, onSubmit, pending, fieldErrors } = useActionForm(async (prev: unknown, form: FormData) => {
    const saved = await saveAddressAction(prev, form);
    if (saved.ok) onSaved(saved.data);
    return saved;
  });
  const id = address?.id ?? "new";
  return (
    <form
      onSubmit={onSubmit}
      className="grid grid-cols-1 gap-3 sm:grid-cols-2"
      noValidate
      aria-label={address ? t("editTitle") : t("addTitle")}
    >
      {result && !result.ok ? (
        <div className="sm:col-span-2">
          <Alert tone="error">{result.error.message}</Alert>
        </div>
      ) : null}
      <input type="hidden" name="id" value={address?.id ?? ""} />
      <TextField
        id={`${id}-consignee`}
        label={t("consignee")}
        name="consignee"
        defaultValue={address?.consignee}
        maxLength={40}
        errors={fieldErrors.consignee}
      />
      <TextField
        id={`${id}-phone`}
        label={t("phone")}
        name="phone"
        type="tel"
        placeholder={address?.phone}
        hint={address ? t("phoneKeep", { masked: address.phone }) : undefined}
        errors={fieldErrors.phone}
      />
      <TextField
        id={`${id}-region`}
        label={t("region")}
        name="region"
        defaultValue={address?.region}
        maxLength={40}
        errors={fieldErrors.region}
      />
      <TextField
        id={`${id}-city`}
        label={t("city")}
        name="city"
        defaultValue={address?.city}
        maxLength={40}
        errors={fieldErrors.city}
      />
      <TextField
        id={`${id}-line1`}
        className="sm:col-span-2"
        label={t("line1")}
        name="line1"
        defaultValue={address?.line1}
        maxLength={120}
        errors={fieldErrors.line1}
      />
      <TextField
        id={`${id}-postcode`}
        label={t("postcode")}
        name="postcode"
        inputMode="numeric"
        defaultValue={address?.postcode}
        errors={fieldErrors.postcode}
      />
      <label className="flex items-center gap-2 self-end pb-2">
        <input type="checkbox" name="isDefault" defaultChecked={address?.isDefault} className="h-5 w-5" />
        {t("makeDefault")}
      </label>
      <div className="flex gap-2 sm:col-span-2">
        <Button type="submit" pending={pending}>
          {address ? t("saveChanges") : t("add")}
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
