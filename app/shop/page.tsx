import Link from "next/link";
import { getTranslations } from "@/lib/i18n/get-translations";
import { getDb } from "@/lib/db/client";
import { isSortOrder, listProducts } from "@/lib/shop/catalog";
import { recommendationsFor } from "@/lib/shop/recommend";
import { shopVisitor } from "@/lib/shop/visitor";
import { ProductGrid } from "@/components/shop/product-grid";
import { SearchForm } from "@/components/shop/search-form";
import { SortNav } from "@/components/shop/sort-nav";

export async function generateMetadata() {
  const t = await getTranslations("shop");
  return { title: t("title") };
}

type Props = { searchParams: Promise<{ sort?: string }> };

/**
 * The storefront shows what the privacy choices do: "Recommended for you" only while personalization is on
 * (never from a blocked category), and otherwise the same non-personal ordering everyone gets.
 */
export default async function ShopPage({ searchParams }: Props) {
  const [{ sort }, visitor, t] = await Promise.all([searchParams, shopVisitor(), getTranslations("shop")]);
  const order = isSortOrder(sort) ? sort : "popular";
  const db = getDb();
  const [recommended, products] = await Promise.all([
    visitor.userId ? recommendationsFor(db, visitor.userId) : null,
    listProducts(db, order),
  ]);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <SearchForm />
      {recommended?.personalized ? (
        <section aria-labelledby="recommended" className="flex flex-col gap-2">
          <h2 id="recommended" className="text-xl font-semibold">
            {t("recommendedTitle")}
          </h2>
          {recommended.products.length > 0 ? (
            <>
              <p className="text-slate-700">
                {t("recommendedBasis", {
                  categories: recommended.basedOn.map((c) => t(`categories.${c}`)).join(", "),
                })}
              </p>
              <ProductGrid products={recommended.products} label={t("recommendedTitle")} />
            </>
          ) : (
            <p>{t("recommendedEmpty")}</p>
          )}
        </section>
      ) : (
        <p className="rounded-md border border-slate-300 bg-white p-3" data-testid="non-personal">
          {visitor.userId ? t("personalOff") : t("signedOut")}{" "}
          {visitor.userId ? (
            <Link href="/account/privacy" className="text-brand-700 underline underline-offset-2">
              {t("personalChange")}
            </Link>
          ) : null}
        </p>
      )}
      <section aria-labelledby="all-products" className="flex flex-col gap-3">
        <h2 id="all-products" className="text-xl font-semibold">
          {t("allTitle", { order: t(`sorts.${order}`) })}
        </h2>
        <SortNav current={order} />
        <ProductGrid products={products} label={t("allTitle", { order: t(`sorts.${order}`) })} />
      </section>
    </div>
  );
}
