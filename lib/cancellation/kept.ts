import "server-only";
import { env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/config";
import { translator } from "@/lib/i18n/translator";
import { erasureSteps } from "./erase";

// Steps that keep records (de-identified) rather than remove them; everything else is erased.
const keptSteps = new Set(["orders"]);

/** Said in advance: what erasure removes and what it keeps, for how long, from the erasure plan itself. */
export function keptPreview(locale: Locale) {
  const t = translator(locale);
  const label = (name: string) => t(`cancellation.kept.categories.${name}`);
  return {
    erased: erasureSteps.filter((s) => !keptSteps.has(s.name)).map((s) => label(s.name)),
    kept: erasureSteps
      .filter((s) => keptSteps.has(s.name))
      .map((s) => ({ label: label(s.name), years: env.ORDER_RETENTION_YEARS })),
  };
}
