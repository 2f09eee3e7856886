import Link from "next/link";
import { getTranslations } from "@/lib/i18n/get-translations";
import { getDb } from "@/lib/db/client";
import { searchProducts } from "@/lib/shop/catalog";
import { MAX_QUERY_LENGTH, recordSearch } from "@/lib/shop/record";
import { shopVisitor } from "@/lib/shop/visitor";
import { ProductGrid } from "@/components/shop/product-grid";
import { SearchForm } from "@/components/shop/search-form";

export async function generateMetadata() {
  const t = await getTranslations("shop");
  return { title: t("searchButton") };
}

type Props = { searchParams: Promise<{ q?: string | string[] }> };

// Searching records the words in the search history only while the shopper lets it be recorded.
export default async function ShopSearchPage({ searchParams }: Props) {
  const [{ q }, visitor, t] = await Promise.all([searchParams, shopVisitor(), getTranslations("shop")]);
  const query = (Array.isArray(q) ? q[0] : q)?.trim().slice(0, MAX_QUERY_LENGTH) ?? "";
  const db = getDb();
  const [results, recorded] = await Promise.all([
    query ? searchProducts(db, query) : Promise.resolve([]),
    recordSearch(db, visitor.userId, query),
  ]);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{query ? t("searchTitle", { query }) : t("searchLabel")}</h1>
      <SearchForm query={query} />
      {query ? (
        <p className="text-sm text-slate-700" data-testid="search-recording">
          {recorded.recorded
            ? t("searchRecorded")
            : recorded.reason === "anonymous"
              ? t("searchAnonymous")
              : t("searchNotRecorded")}
        </p>
      ) : null}
      {query && results.length === 0 ? <p>{t("searchNone")}</p> : null}
      {results.length > 0 ? <ProductGrid products={results} label={t("searchTitle", { query })} /> : null}
      <Link href="/shop" className="text-brand-700 underline underline-offset-2">
        {t("backToShop")}
      </Link>
    </div>
  );
}
