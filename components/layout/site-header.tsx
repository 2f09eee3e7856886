import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LocaleSwitch } from "./locale-switch";

export async function SiteHeader() {
  const t = await getTranslations("common");
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/account" className="text-lg font-semibold text-brand-700">
          {t("appName")}
        </Link>
        <LocaleSwitch />
      </div>
    </header>
  );
}
