"use server";
import { serverAction } from "@/lib/access/server-action";
import * as op from "./operations";

export const invoicesListAction = serverAction(op.invoicesList);
export const saveInvoiceAction = serverAction(op.saveInvoice);
export const deleteInvoiceAction = serverAction(op.deleteInvoice);
