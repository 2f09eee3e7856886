"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "@/lib/i18n/use-translations";
import { useEffect } from "react";
import { signUpAction } from "@/lib/auth/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { useActionForm } from "@/components/ui/use-action-form";

export function SignUpForm() {
  const t = useTranslations("auth");
  const router = useRouter();
  const { result, onSubmit, pending, fieldErrors } = useActionForm(signUpAction);

  useEffect(() => {
    if (result?.ok) {
      router.replace(result.data.next);
      router.refresh();
    }
  }, [result, router]);

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" noValidate>
      {result && !result.ok ? <Alert tone="error">{result.error.message}</Alert> : null}
      <TextField
        label={t("username")}
        name="username"
        autoComplete="username"
        required
        maxLength={32}
        errors={fieldErrors.username}
      />
      <TextField
        label={t("email")}
        name="email"
        type="email"
        autoComplete="email"
        errors={fieldErrors.email}
        hint={t("emailOrPhoneHint")}
      />
      <TextField label={t("phone")} name="phone" type="tel" autoComplete="tel" errors={fieldErrors.phone} />
      <TextField
        label={t("password")}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint={t("passwordHint")}
        errors={fieldErrors.password}
      />
      <TextField
        label={t("birthDate")}
        name="birthDate"
        type="date"
        required
        hint={t("birthDateHint")}
        errors={fieldErrors.birthDate}
      />
      <div className="flex flex-col gap-1">
        <label className="flex items-start gap-2">
          <input
            type="checkbox"
            name="acceptPolicy"
            className="mt-1 h-5 w-5"
            aria-invalid={Boolean(fieldErrors.acceptPolicy) || undefined}
            aria-describedby={fieldErrors.acceptPolicy ? "acceptPolicy-error" : undefined}
          />
          <span>
            {t.rich("acceptPolicy", {
              link: (chunks) => (
                <Link className="underline" href="/policy">
                  {chunks}
                </Link>
              ),
            })}
          </span>
        </label>
        {fieldErrors.acceptPolicy ? (
          <p id="acceptPolicy-error" className="text-sm text-red-700">
            {fieldErrors.acceptPolicy.join(" ")}
          </p>
        ) : null}
      </div>
      <Button type="submit" pending={pending || result?.ok}>
        {t("createAccount")}
      </Button>
    </form>
  );
}
