"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "@/lib/i18n/use-translations";
import { publishPolicyAction } from "@/lib/policy/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";
import { TextArea } from "@/components/ui/text-area";

export function PublishForm({ suggestedVersion }: { suggestedVersion: string }) {
  const t = useTranslations("policyAdmin");
  const router = useRouter();
  const { result, onSubmit, pending, fieldErrors } = useActionForm(async (prev: unknown, form: FormData) => {
    const published = await publishPolicyAction(prev, form);
    if (published.ok) router.refresh();
    return published;
  });
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate aria-label={t("title")}>
      {result?.ok ? (
        <Alert tone="success">
          {result.data.material
            ? t("publishedMaterial", {
                version: result.data.version,
                notified: result.data.notified,
                emailed: result.data.emailed,
              })
            : t("published", { version: result.data.version })}
        </Alert>
      ) : null}
      {result && !result.ok ? <Alert tone="error">{result.error.message}</Alert> : null}
      <TextField
        label={t("version")}
        name="version"
        defaultValue={suggestedVersion}
        hint={t("versionHint", { next: suggestedVersion })}
        errors={fieldErrors.version}
        maxLength={11}
        required
      />
      <label className="flex items-start gap-2">
        <input type="checkbox" name="material" className="mt-1 h-5 w-5" />
        <span>{t("material")}</span>
      </label>
      <TextArea label={t("summaryEn")} name="summaryEn" rows={3} maxLength={500} errors={fieldErrors.summaryEn} />
      <TextArea label={t("summaryZh")} name="summaryZh" rows={3} maxLength={500} errors={fieldErrors.summaryZh} />
      <TextArea label={t("bodyEn")} name="bodyEn" rows={10} hint={t("bodyHint")} errors={fieldErrors.bodyEn} />
      <TextArea label={t("bodyZh")} name="bodyZh" rows={10} hint={t("bodyHint")} errors={fieldErrors.bodyZh} />
      <div>
        <Button type="submit" pending={pending}>
          {t("publish")}
        </Button>
      </div>
    </form>
  );
}
