import { getTranslations } from "@/lib/i18n/get-translations";
import type { Inventory } from "@/lib/data-map/inventory";

/** Every category the shop holds, by section: what it is for, how long it is kept, where it came from. */
export async function InventoryList({ inventory }: { inventory: Inventory }) {
  const t = await getTranslations("data");
  return (
    <div className="flex flex-col gap-6">
      {inventory.groups.map(({ group, items }) => (
        <section key={group} aria-labelledby={`group-${group}`} className="flex flex-col gap-3">
          <h3 id={`group-${group}`} className="text-lg font-semibold">
            {t(`groups.${group}`)}
          </h3>
          <ul className="grid grid-cols-1 gap-3 lg:grid-cols-2">
            {items.map((item) => (
              <li
                key={item.key}
                id={`category-${item.key}`}
                className="flex flex-col gap-2 rounded-lg border border-slate-200 bg-white p-4"
              >
                <div className="flex flex-wrap items-baseline justify-between gap-2">
                  <h4 className="font-semibold">
                    {item.label}{" "}
                    {item.sensitive ? (
                      <span className="rounded bg-amber-100 px-2 py-0.5 text-sm font-medium text-amber-950">
                        {t("sensitive")}
                      </span>
                    ) : null}
                  </h4>
                  <span className="text-sm text-slate-700" data-testid={`count-${item.key}`}>
                    {t("records", { count: item.rows })}
                  </span>
                </div>
                <dl className="grid grid-cols-1 gap-x-3 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
                  <dt className="font-medium text-slate-800">{t("purpose")}</dt>
                  <dd className="text-slate-700">{item.purpose}</dd>
                  <dt className="font-medium text-slate-800">{t("retention")}</dt>
                  <dd className="text-slate-700">{item.retention}</dd>
                  <dt className="font-medium text-slate-800">{t("source")}</dt>
                  <dd className="text-slate-700">{t(`sources.${item.source}`)}</dd>
                  <dt className="font-medium text-slate-800">{t("storage")}</dt>
                  <dd className="text-slate-700">{t("storedIn", { tables: item.tables.join(", ") })}</dd>
                  <dt className="font-medium text-slate-800">{t("afterCancellation")}</dt>
                  <dd className="text-slate-700">{t(`afterErasure.${item.afterErasure}`)}</dd>
                </dl>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
