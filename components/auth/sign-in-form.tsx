"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "@/lib/i18n/use-translations";
import { useEffect } from "react";
import { signInAction } from "@/lib/auth/actions";
import { safeNextPath } from "@/lib/auth/next-path";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";

export function SignInForm({ next }: { next?: string }) {
  const t = useTranslations("auth");
  const router = useRouter();
  const { result, onSubmit, pending, fieldErrors } = useActionForm(signInAction);

  useEffect(() => {
    if (result?.ok) {
      router.replace(safeNextPath(next, result.data.next));
      router.refresh();
    }
  }, [result, next, router]);

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      {result && !result.ok ? <Alert tone="error">{result.error.message}</Alert> : null}
      <TextField
        label={t("identifier")}
        hint={t("identifierHint")}
        name="identifier"
        autoComplete="username"
        required
        errors={fieldErrors.identifier}
      />
      <TextField
        label={t("password")}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        errors={fieldErrors.password}
      />
      <Button type="submit" pending={pending || result?.ok}>
        {t("signIn")}
      </Button>
    </form>
  );
}
