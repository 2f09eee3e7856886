"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { accountSections } from "./sections";

export function AccountNav() {
  const t = useTranslations("account.nav");
  const path = usePathname();
  return (
    <nav aria-label={t("label")}>
      <ul className="flex gap-1 overflow-x-auto pb-2 md:flex-col md:overflow-visible">
        {accountSections.map((s) => {
          // A section's own sub-pages (profile > contact) keep it marked.
          const current = path === s.href || (s.href !== "/account" && path.startsWith(`${s.href}/`));
          return (
            <li key={s.key} className="shrink-0">
              {s.ready ? (
                <Link
                  href={s.href}
                  aria-current={current ? "page" : undefined}
                  className={`block min-h-11 rounded-md px-3 py-2 ${current ? "bg-brand-50 font-semibold text-brand-700" : "hover:bg-slate-100"}`}
                >
                  {t(s.key)}
                </Link>
              ) : (
                <span className="block min-h-11 px-3 py-2 text-slate-500">
                  {t(s.key)} <span className="text-xs">({t("soon")})</span>
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
