import type { Locale } from "./config";
import { clientMessages } from "./client-messages";
import { messages, type Messages } from "./messages";

// What one page's client components translate beyond the messages every page sends: only that page carries them.
export function pageMessages(locale: Locale, namespaces: (keyof Messages)[]) {
  return {
    ...clientMessages(locale),
    ...Object.fromEntries(namespaces.map((n) => [n, messages[locale][n]])),
  };
}
