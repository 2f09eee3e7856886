import Link from "next/link";
import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/get-translations";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db/client";
import type { Locale } from "@/lib/i18n/config";
import { productById } from "@/lib/shop/catalog";
import { formatPrice } from "@/lib/shop/format";
import { BrowsingBeacon } from "@/components/shop/browsing-beacon";
import { PageMessages } from "@/components/layout/page-messages";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props) {
  const product = await productById(getDb(), (await params).id);
  return { title: product?.name };
}

// The page itself records nothing: the view is reported to the event endpoint, which applies the choices.
export default async function ProductPage({ params }: Props) {
  const [{ id }, t, locale] = await Promise.all([params, getTranslations("shop"), getLocale() as Promise<Locale>]);
  const product = await productById(getDb(), id);
  if (!product) notFound();
  return (
    <article className="flex flex-col gap-3">
      <h1 className="text-2xl font-semibold">{product.name}</h1>
      <p>{t("productCategory", { category: t(`categories.${product.category}`) })}</p>
      <p className="text-xl font-semibold">{formatPrice(locale, product.priceCents)}</p>
      <PageMessages namespaces={["shop"]}>
        <BrowsingBeacon productId={product.id} />
      </PageMessages>
      <Link href="/shop" className="text-brand-700 underline underline-offset-2">
        {t("backToShop")}
      </Link>
    </article>
  );
}
