import Link from "next/link";
import { getTranslations } from "@/lib/i18n/get-translations";
import { sortOrders, type SortOrder } from "@/lib/shop/catalog";

export async function SortNav({ current }: { current: SortOrder }) {
  const t = await getTranslations("shop");
  return (
    <nav aria-label={t("sortLabel")}>
      <ul className="flex flex-wrap gap-2">
        {sortOrders.map((s) => (
          <li key={s}>
            <Link
              href={`/shop?sort=${s}`}
              aria-current={s === current ? "page" : undefined}
              className={`inline-block min-h-11 rounded-md border px-3 py-2 ${s === current ? "border-brand-600 bg-brand-50 font-semibold text-brand-700" : "border-slate-300 bg-white"}`}
            >
              {t(`sorts.${s}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
