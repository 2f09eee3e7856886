import Link from "next/link";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/get-translations";
import type { Locale } from "@/lib/i18n/config";
import type { ProductView } from "@/lib/shop/catalog";
import { formatPrice } from "@/lib/shop/format";

export async function ProductGrid({ products, label }: { products: ProductView[]; label: string }) {
  const [t, locale] = await Promise.all([getTranslations("shop"), getLocale() as Promise<Locale>]);
  return (
    <ul aria-label={label} className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
      {products.map((p) => (
        <li key={p.id} className="rounded-lg border border-slate-200 bg-white p-3">
          <Link
            href={`/shop/products/${p.id}`}
            className="font-medium text-brand-700 underline-offset-2 hover:underline"
          >
            {p.name}
          </Link>
          <p className="text-sm text-slate-700">{t(`categories.${p.category}`)}</p>
          <p className="font-semibold">{formatPrice(locale, p.priceCents)}</p>
        </li>
      ))}
    </ul>
  );
}
