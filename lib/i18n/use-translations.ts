import { useMemo } from "react";
import { useLocale, useTranslations as useIntlTranslations } from "next-intl";
import { rememberPlainTexts } from "./remember-texts";

// Texts of messages without values, per language and namespace, for the life of the process or the tab.
const texts = new Map<string, Map<string, string>>();

/**
 * next-intl's `useTranslations`, for client components, keeping the texts of messages without values (labels,
 * buttons): next-intl formats each again on every render, with new option objects, and the server renders every
 * client component of every page view. A key a page's messages lack is left to next-intl, so a text is only kept
 * once some page had it.
 */
export function useTranslations<N extends string = never>(namespace?: N): ReturnType<typeof useIntlTranslations<N>> {
  const t = useIntlTranslations(namespace);
  const key = `${useLocale()}|${namespace ?? ""}`;
  return useMemo(() => {
    let known = texts.get(key);
    if (!known) texts.set(key, (known = new Map()));
    return rememberPlainTexts(t, known);
  }, [t, key]);
}
