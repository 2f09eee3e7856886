// next-intl's own createTranslator, from its framework-free core: the React entry next-intl adds on top cannot
// load outside Next (scripts such as the export bench run with the react-server condition).
import { createTranslator } from "use-intl/core";
import type { Locale } from "./config";
import { messages } from "./messages";

export type Translate = (key: string, params?: Record<string, string | number>) => string;

// For code that runs outside a rendered page (actions, jobs, mail): same messages, explicit locale.
// Keys here are computed (error codes, validation keys), so the signature is the loose one. One translator per
// locale: each keeps the messages it has compiled, which a new translator per call would compile again.
const translators = new Map<Locale, Translate>();

export function translator(locale: Locale): Translate {
  let translate = translators.get(locale);
  if (!translate) {
    translate = createTranslator({ locale, messages: messages[locale] }) as unknown as Translate;
    translators.set(locale, translate);
  }
  return translate;
}
