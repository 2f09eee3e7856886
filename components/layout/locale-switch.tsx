"use client";
import { useRouter } from "next/navigation";
import { useLocale } from "next-intl";
import { useTranslations } from "@/lib/i18n/use-translations";
import { useTransition } from "react";
import { setLocaleAction } from "@/lib/i18n/actions";
import { locales } from "@/lib/i18n/config";

const names: Record<(typeof locales)[number], string> = { en: "English", "zh-CN": "简体中文" };

export function LocaleSwitch() {
  const t = useTranslations("common");
  const current = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <label className="flex items-center gap-2 text-sm">
      <span>{t("language")}</span>
      <select
        className="min-h-11 rounded-md border border-slate-400 bg-white px-2"
        value={current}
        disabled={pending}
        onChange={(e) => {
          const locale = e.target.value;
          startTransition(async () => {
            const result = await setLocaleAction({ locale });
            if (result.ok) router.refresh();
          });
        }}
      >
        {locales.map((l) => (
          <option key={l} value={l} lang={l}>
            {names[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
