import { getTranslations } from "@/lib/i18n/get-translations";

// A plain GET form: it works without JavaScript, and a search page is never prefetched (so never recorded by accident).
export async function SearchForm({ query = "" }: { query?: string }) {
  const t = await getTranslations("shop");
  return (
    <form action="/shop/search" method="get" role="search" className="flex flex-wrap items-end gap-2">
      <div className="flex min-w-0 flex-1 flex-col gap-1">
        <label htmlFor="shop-search" className="font-medium">
          {t("searchLabel")}
        </label>
        <input
          id="shop-search"
          name="q"
          type="search"
          defaultValue={query}
          maxLength={100}
          className="min-h-11 rounded-md border border-slate-400 bg-white px-3 py-2"
        />
      </div>
      <button
        type="submit"
        className="min-h-11 rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
      >
        {t("searchButton")}
      </button>
    </form>
  );
}
