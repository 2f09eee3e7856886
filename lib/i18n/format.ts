import type { Locale } from "./config";

// The shop's own time zone: dates read the same for every visitor and on the server and the client.
export const TIME_ZONE = "Asia/Shanghai";

type Style = "long" | "medium" | "dateTime";
const options: Record<Style, Intl.DateTimeFormatOptions> = {
  long: { dateStyle: "long", timeZone: TIME_ZONE },
  medium: { dateStyle: "medium", timeZone: TIME_ZONE },
  dateTime: { dateStyle: "medium", timeStyle: "short", timeZone: TIME_ZONE },
};

// Building an Intl formatter costs far more than using one; the hot pages format with shared ones
// instead of a new set per request.
const formatters = new Map<string, Intl.DateTimeFormat>();
// Formatting with a time zone still takes microseconds, and a page shows the same dates on every view (when a
// device was last seen, when an account was made): the texts are kept, up to a bound.
const formatted = new Map<string, string>();
const MAX_FORMATTED = 20_000;

export function formatDate(locale: Locale, date: Date, style: Style = "medium"): string {
  const key = `${locale}|${style}`;
  const textKey = `${key}|${date.getTime()}`;
  const known = formatted.get(textKey);
  if (known !== undefined) return known;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.DateTimeFormat(locale, options[style])));
  const text = f.format(date);
  if (formatted.size >= MAX_FORMATTED) formatted.clear();
  formatted.set(textKey, text);
  return text;
}

/** A byte count as people read it: "820 kB", "12.5 MB". */
export function formatBytes(locale: Locale, bytes: number): string {
  const [unit, size] = bytes >= 1e9 ? ["gigabyte", 1e9] : bytes >= 1e6 ? ["megabyte", 1e6] : ["kilobyte", 1e3];
  return new Intl.NumberFormat(locale, { style: "unit", unit, maximumFractionDigits: 1 }).format(bytes / size);
}
