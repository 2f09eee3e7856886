import "server-only";
import { asc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/types";
import { invoiceDetails } from "@/lib/db/schema";
import { maskIdNumber } from "@/lib/privacy/mask";

export type InvoiceView = {
  id: string;
  // A title without a taxpayer ID is a personal invoice; with one, a company's.
  kind: "personal" | "company";
  title: string;
  // Masked like any ID number; the full value never leaves the server.
  taxpayerId: string | null;
};

export async function listInvoices(db: DbOrTx, subjectId: string): Promise<InvoiceView[]> {
  const rows = await db
    .select({ id: invoiceDetails.id, title: invoiceDetails.title, taxpayerId: invoiceDetails.taxpayerId })
    .from(invoiceDetails)
    .where(eq(invoiceDetails.userId, subjectId))
    .orderBy(asc(invoiceDetails.createdAt), asc(invoiceDetails.title), asc(invoiceDetails.id));
  return rows.map((r) => ({
    id: r.id,
    kind: r.taxpayerId ? "company" : "personal",
    title: r.title,
    taxpayerId: maskIdNumber(r.taxpayerId),
  }));
}
