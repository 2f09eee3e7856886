"use client";
import type { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { useLocale } from "next-intl";
import { useCallback, useDeferredValue, useMemo, useState } from "react";
import type { Locale } from "@/lib/i18n/config";
import type { Messages } from "@/lib/i18n/messages";
import { assessPassword, personalInputs, strengthOptions, type Strength } from "@/lib/password/strength";

type Feedback = Messages["password"]["feedback"];
type Estimator = { factory: ZxcvbnFactory; feedback: Feedback };

// The dictionaries are a few megabytes: fetched once, the first time someone starts typing a new password.
// The estimator's advice texts come with them instead of with every page that shows the form.
const loading = new Map<Locale, Promise<Estimator>>();
function loadEstimator(locale: Locale): Promise<Estimator> {
  let pending = loading.get(locale);
  if (!pending) {
    pending = Promise.all([
      import("@zxcvbn-ts/core"),
      import("@zxcvbn-ts/language-common"),
      import("@zxcvbn-ts/language-en"),
      locale === "zh-CN" ? import("@/lib/i18n/messages/zh-CN.json") : import("@/lib/i18n/messages/en.json"),
    ]).then(([core, common, en, messages]) => ({
      factory: new core.ZxcvbnFactory(strengthOptions(common, en)),
      feedback: messages.default.password.feedback,
    }));
    pending.catch(() => loading.delete(locale));
    loading.set(locale, pending);
  }
  return pending;
}

// assessPassword names its advice as keys under "password.feedback".
function adviceText(feedback: Feedback, key: string): string | null {
  const [group, name] = key.replace(/^password\.feedback\./, "").split(".");
  const texts = feedback[group as keyof Feedback] as Record<string, string> | undefined;
  return texts?.[name!] ?? null;
}

export function usePasswordStrength(password: string, personal: string[]) {
  const locale = useLocale() as Locale;
  const [estimator, setEstimator] = useState<Estimator | null>(null);
  const prepare = useCallback(() => {
    if (!estimator) loadEstimator(locale).then(setEstimator, () => {});
  }, [estimator, locale]);
  const typed = useDeferredValue(password);
  const inputs = useMemo(() => personalInputs(personal), [personal]);
  const strength: Strength | null = useMemo(
    () => (estimator && typed ? assessPassword(estimator.factory, typed.slice(0, 128), inputs) : null),
    [estimator, typed, inputs],
  );
  const advice = useMemo(
    () =>
      strength && estimator
        ? [strength.warning, ...strength.suggestions]
            .map((key) => (key ? adviceText(estimator.feedback, key) : null))
            .filter((text): text is string => Boolean(text))
        : [],
    [strength, estimator],
  );
  return { strength, advice, prepare, loading: Boolean(password) && !estimator };
}
