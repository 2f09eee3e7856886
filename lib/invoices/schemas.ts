import { z } from "zod";

export const MAX_INVOICE_TITLES = 10;
export const invoiceKinds = ["personal", "company"] as const;

// A unified social credit code has 18 characters; older tax registration numbers have 15 or 20.
export const TAXPAYER_ID = /^(?:[0-9A-Z]{15}|[0-9A-Z]{18}|[0-9A-Z]{20})$/;

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

export const saveInvoiceSchema = z
  .object({
    id: z.preprocess(blankToUndefined, z.uuid({ error: "validation.invalid" }).optional()),
    kind: z.enum(invoiceKinds, { error: "validation.notAllowed" }),
    title: z
      .string()
      .trim()
      .min(1, { error: "validation.required" })
      .max(100, { error: "validation.tooLong100" })
      .refine((v) => !/[<>]/.test(v), { error: "validation.noAngleBrackets" }),
    // Typed as printed on a tax certificate: spaces and lower case are forgiven, anything else is not.
    taxpayerId: z.preprocess(
      blankToUndefined,
      z
        .string()
        .max(40, { error: "validation.taxpayerId" })
        .transform((v) => v.replace(/[\s-]/g, "").toUpperCase())
        .pipe(z.string().regex(TAXPAYER_ID, { error: "validation.taxpayerId" }))
        .optional(),
    ),
  })
  // A new company title needs its taxpayer ID; on edit an empty field keeps the stored one (checked in the body).
  .refine((v) => v.kind !== "company" || v.id || v.taxpayerId, {
    error: "validation.taxpayerIdRequired",
    path: ["taxpayerId"],
  });

export const invoiceIdSchema = z.object({ id: z.uuid({ error: "validation.invalid" }) });

export type SaveInvoiceInput = z.output<typeof saveInvoiceSchema>;
