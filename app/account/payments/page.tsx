import { getTranslations } from "@/lib/i18n/get-translations";
import { pageAccess, pageAlsoReads } from "@/lib/access/page";
import { allows } from "@/lib/access/resolver";
import { getDb } from "@/lib/db/client";
import { listInvoices } from "@/lib/invoices/queries";
import { MAX_INVOICE_TITLES } from "@/lib/invoices/schemas";
import { listCards } from "@/lib/payments/queries";
import { Card } from "@/components/account/card";
import { CardsList } from "@/components/payments/cards-list";
import { InvoicesManager } from "@/components/payments/invoices-manager";
import { PageMessages } from "@/components/layout/page-messages";

export async function generateMetadata() {
  const t = await getTranslations("payments");
  return { title: t("title") };
}

export default async function PaymentsPage() {
  const access = await pageAccess("payments.view", "/account/payments");
  const subjectId = access.subjectId!;
  const db = getDb();
  const showInvoices = await pageAlsoReads(access, "invoices.view");
  const [cards, invoices, t, ti] = await Promise.all([
    listCards(db, subjectId),
    showInvoices ? listInvoices(db, subjectId) : Promise.resolve([]),
    getTranslations("payments"),
    getTranslations("invoices"),
  ]);
  return (
    <PageMessages namespaces={["payments", "invoices"]}>
      <div className="flex flex-col gap-6">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <Card title={t("cardsTitle")} id="cards">
          <p className="mb-3 text-slate-700">{t("intro")}</p>
          <CardsList subjectId={subjectId} initial={cards} canRemove={allows(access, "payments.remove")} />
        </Card>
        {showInvoices ? (
          <Card title={ti("listTitle")} id="invoices">
            <p className="mb-3 text-slate-700">{ti("intro", { max: MAX_INVOICE_TITLES })}</p>
            <InvoicesManager
              subjectId={subjectId}
              initial={invoices}
              canManage={allows(access, "invoices.manage")}
              max={MAX_INVOICE_TITLES}
            />
          </Card>
        ) : null}
      </div>
    </PageMessages>
  );
}
