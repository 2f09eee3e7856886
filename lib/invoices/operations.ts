import "server-only";
import { and, count, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { defineAction } from "@/lib/access/action";
import { AppError } from "@/lib/access/errors";
import { invoiceDetails } from "@/lib/db/schema";
import { listInvoices } from "./queries";
import { invoiceIdSchema, MAX_INVOICE_TITLES, saveInvoiceSchema } from "./schemas";

const mine = (id: string, subjectId: string) => and(eq(invoiceDetails.id, id), eq(invoiceDetails.userId, subjectId));

export const invoicesList = defineAction("invoices.view", z.object({}), async ({ ctx, tx }) =>
  listInvoices(tx, ctx.subjectId!),
);

export const saveInvoice = defineAction("invoices.manage", saveInvoiceSchema, async ({ input, ctx, tx }) => {
  const subjectId = ctx.subjectId!;
  // A personal invoice carries no taxpayer ID, whatever was sent with it.
  const taxpayerId = input.kind === "company" ? input.taxpayerId : null;
  let savedId = input.id;
  if (input.id) {
    const [current] = await tx
      .select({ taxpayerId: invoiceDetails.taxpayerId })
      .from(invoiceDetails)
      .where(mine(input.id, subjectId))
      .for("update");
    if (!current) throw new AppError("not_found");
    // Turning a personal title into a company's needs the ID now: there is no stored one to keep.
    if (input.kind === "company" && !taxpayerId && !current.taxpayerId) {
      throw new AppError(
        "invalid_input",
        "errors.invalid_input",
        {},
        { taxpayerId: ["validation.taxpayerIdRequired"] },
      );
    }
    await tx
      .update(invoiceDetails)
      .set({ title: input.title, ...(taxpayerId !== undefined ? { taxpayerId } : {}) })
      .where(mine(input.id, subjectId));
  } else {
    // Serialises concurrent adds for one shopper, so the limit holds.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`invoices:${subjectId}`}))`);
    const [{ n }] = (await tx
      .select({ n: count() })
      .from(invoiceDetails)
      .where(eq(invoiceDetails.userId, subjectId))) as [{ n: number }];
    if (n >= MAX_INVOICE_TITLES) throw new AppError("conflict", "invoices.tooMany", { max: MAX_INVOICE_TITLES });
    const [created] = await tx
      .insert(invoiceDetails)
      .values({ userId: subjectId, title: input.title, taxpayerId: taxpayerId ?? null })
      .returning({ id: invoiceDetails.id });
    savedId = created!.id;
  }
  ctx.note({
    targetType: "invoice_details",
    targetId: savedId,
    fields: taxpayerId !== undefined ? ["title", "taxpayerId"] : ["title"],
    detail: { created: !input.id, kind: input.kind },
  });
  return listInvoices(tx, subjectId);
});

export const deleteInvoice = defineAction("invoices.manage", invoiceIdSchema, async ({ input, ctx, tx }) => {
  const deleted = await tx
    .delete(invoiceDetails)
    .where(mine(input.id, ctx.subjectId!))
    .returning({ id: invoiceDetails.id });
  if (deleted.length === 0) throw new AppError("not_found");
  ctx.note({ targetType: "invoice_details", targetId: input.id });
  return listInvoices(tx, ctx.subjectId!);
});
