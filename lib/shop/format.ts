import type { Locale } from "@/lib/i18n/config";

// Shared formatters, like the date ones in lib/i18n/format.ts: building one costs more than using it.
const formatters = new Map<Locale, Intl.NumberFormat>();

export function formatPrice(locale: Locale, cents: number): string {
  let f = formatters.get(locale);
  if (!f) formatters.set(locale, (f = new Intl.NumberFormat(locale, { style: "currency", currency: "CNY" })));
  return f.format(cents / 100);
}
