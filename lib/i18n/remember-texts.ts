// Bounded in case a key is ever built from input; a namespace holds at most a few hundred.
const MAX_TEXTS = 5_000;

type Plain = {
  (key: string, values?: unknown, formats?: unknown): string;
  rich: unknown;
  markup: unknown;
  raw: unknown;
  has: (key: string) => boolean;
};

/**
 * Most calls name a message without values (a field's label, "On", a purpose's name), whose text is the same on
 * every request, yet formatting one built new option objects on every call, and a page has dozens of them. Those
 * texts are kept; calls with values format as before.
 */
export function rememberPlainTexts<T>(translator: T, texts = new Map<string, string>()): T {
  const t = translator as unknown as Plain;
  const translate = (key: string, values?: unknown, formats?: unknown) => {
    if (values !== undefined || formats !== undefined) return t(key, values, formats);
    const known = texts.get(key);
    if (known !== undefined) return known;
    const text = t(key);
    // A missing message is left to the translator, which reports it on every call.
    if (t.has(key)) {
      if (texts.size >= MAX_TEXTS) texts.clear();
      texts.set(key, text);
    }
    return text;
  };
  return Object.assign(translate, { rich: t.rich, markup: t.markup, raw: t.raw, has: t.has }) as unknown as T;
}
