import "server-only";
import { getLocale, type getTranslations as nextIntlGetTranslations } from "next-intl/server";
import { createTranslator, type AbstractIntlMessages } from "use-intl/core";
import type { Locale } from "./config";
import { TIME_ZONE } from "./format";
import { messages } from "./messages";
import { rememberPlainTexts } from "./remember-texts";

// The same types as next-intl's, so call sites do not change.
type Namespace = string;
type Translator<N extends Namespace> = Awaited<ReturnType<typeof nextIntlGetTranslations<N>>>;

// One translator per language and namespace for the whole process. next-intl's own getTranslations builds a new
// one on every request, with new Intl formatters for plurals and dates, which cost more than the formatting.
const translators = new Map<string, unknown>();

/** The server components' translator: next-intl's `getTranslations(namespace)`, kept across requests. */
export async function getTranslations<N extends Namespace>(namespace: N): Promise<Translator<N>> {
  const locale = (await getLocale()) as Locale;
  const key = `${locale}|${namespace}`;
  let t = translators.get(key) as Translator<N> | undefined;
  if (!t) {
    t = rememberPlainTexts(
      createTranslator({
        locale,
        messages: messages[locale] as AbstractIntlMessages,
        namespace,
        timeZone: TIME_ZONE,
      }) as Translator<N>,
    );
    translators.set(key, t);
  }
  return t;
}
