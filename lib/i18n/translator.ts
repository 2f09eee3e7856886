import { createTranslator } from "use-intl/core";
import type { Locale } from "./config";
import { messages } from "./messages";

export type Translate = (key: string, params?: Record<string, string | number>) => string;

// For code that runs outside a rendered page (actions, jobs, mail): same messages, explicit locale.
// Keys here are computed (error codes, validation keys), so the signature is the loose one.
export function translator(locale: Locale): Translate {
  const t = createTranslator({ locale, messages: messages[locale] });
  return (key, params) => (t as unknown as Translate)(key, params);
}
