import { headers } from "next/headers";
import { getTranslations } from "@/lib/i18n/get-translations";

// Tells a visitor whose browser sends Global Privacy Control that the shop heard it.
export async function GpcBadge() {
  if ((await headers()).get("sec-gpc") !== "1") return null;
  const t = await getTranslations("cookies");
  return (
    <span className="rounded bg-indigo-100 px-2 py-1 text-xs font-medium text-indigo-900" data-testid="gpc-badge">
      {t("gpcBadge")}
    </span>
  );
}
