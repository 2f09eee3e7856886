import Link from "next/link";
import { getTranslations } from "@/lib/i18n/get-translations";
import { LocaleSwitch } from "./locale-switch";
import { GpcBadge } from "@/components/cookies/gpc-badge";

export async function SiteHeader() {
  const [t, tShop] = await Promise.all([getTranslations("common"), getTranslations("shop")]);
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/account" className="text-lg font-semibold text-brand-700">
          {t("appName")}
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          <Link href="/shop" className="min-h-11 content-center px-1 text-brand-700 underline-offset-2 hover:underline">
            {tShop("navLabel")}
          </Link>
          <GpcBadge />
          <LocaleSwitch />
        </div>
      </div>
    </header>
  );
}
