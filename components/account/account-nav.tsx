"use client";
import { usePathname, useRouter } from "next/navigation";
import { useTranslations } from "@/lib/i18n/use-translations";
import type { MouseEvent } from "react";
import { accountSections } from "./sections";

/**
 * The sections are plain links whose ordinary clicks go to the router: the same in-app navigation as next/link,
 * without its prefetching. Every section is rendered per request, yet next/link fetched each one twice as it came
 * into view: eighteen requests to the server after every page view. Each next/link also made the page's own render
 * dearer.
 */
function isPlainClick(event: MouseEvent<HTMLAnchorElement>): boolean {
  return !(
    event.defaultPrevented ||
    event.button !== 0 ||
    event.metaKey ||
    event.ctrlKey ||
    event.shiftKey ||
    event.altKey
  );
}

export function AccountNav() {
  const t = useTranslations("account.nav");
  const path = usePathname();
  const router = useRouter();
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!isPlainClick(event)) return; // a new tab or window: the browser's own
    event.preventDefault();
    router.push(event.currentTarget.getAttribute("href")!);
  };
  return (
    <nav aria-label={t("label")}>
      <ul className="nav-list flex gap-1 overflow-x-auto pb-2 md:flex-col md:overflow-visible">
        {accountSections.map((s) => {
          // A section's own sub-pages (profile > contact) keep it marked.
          const current = path === s.href || (s.href !== "/account" && path.startsWith(`${s.href}/`));
          return (
            <li key={s.key}>
              {s.ready ? (
                <a href={s.href} onClick={follow} aria-current={current ? "page" : undefined} className="nav-link">
                  {t(s.key)}
                </a>
              ) : (
                <span className="nav-soon">
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
