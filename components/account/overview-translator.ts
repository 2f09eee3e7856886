import type { getTranslations } from "@/lib/i18n/get-translations";

// The overview's sections render synchronously with the page's translator: an async section would be its own
// task in the server render, resolved and streamed separately, which costs more than the section itself.
export type AccountT = Awaited<ReturnType<typeof getTranslations<"account">>>;
