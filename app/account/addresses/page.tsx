import { getTranslations } from "@/lib/i18n/get-translations";
import { pageAccess } from "@/lib/access/page";
import { allows } from "@/lib/access/resolver";
import { getDb } from "@/lib/db/client";
import { listAddresses } from "@/lib/addresses/queries";
import { MAX_ADDRESSES } from "@/lib/addresses/schemas";
import { AddressesManager } from "@/components/addresses/addresses-manager";
import { PageMessages } from "@/components/layout/page-messages";

export async function generateMetadata() {
  const t = await getTranslations("addresses");
  return { title: t("title") };
}

export default async function AddressesPage() {
  const access = await pageAccess("addresses.view", "/account/addresses");
  const [list, t] = await Promise.all([listAddresses(getDb(), access.subjectId!), getTranslations("addresses")]);
  const canManage = allows(access, "addresses.manage");
  return (
    <PageMessages namespaces={["addresses"]}>
      <div className="flex flex-col gap-4">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-slate-700">{t("intro", { max: MAX_ADDRESSES })}</p>
        <AddressesManager subjectId={access.subjectId!} initial={list} canManage={canManage} />
      </div>
    </PageMessages>
  );
}
