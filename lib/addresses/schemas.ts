import { z } from "zod";
import { phonePattern } from "@/lib/auth/identifier";

export const MAX_ADDRESSES = 20;

const text = (max: number, error: string) =>
  z
    .string()
    .trim()
    .min(1, { error: "validation.required" })
    .max(max, { error })
    .refine((v) => !/[<>]/.test(v), { error: "validation.noAngleBrackets" });

export const saveAddressSchema = z
  .object({
    id: z.preprocess((v) => (v === "" ? undefined : v), z.uuid({ error: "validation.invalid" }).optional()),
    consignee: text(40, "validation.tooLong40"),
    // Shown masked; left empty on edit, the stored number stays.
    phone: z.preprocess(
      (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
      z
        .string()
        .transform((v) => v.replace(/[\s-]/g, ""))
        .pipe(z.string().regex(phonePattern, { error: "validation.phone" }))
        .optional(),
    ),
    region: text(40, "validation.tooLong40"),
    city: text(40, "validation.tooLong40"),
    line1: text(120, "validation.tooLong120"),
    postcode: z
      .string()
      .trim()
      .regex(/^[0-9]{6}$/, { error: "validation.postcode" }),
    isDefault: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
  })
  .refine((v) => v.id || v.phone, { error: "validation.required", path: ["phone"] });

export const addressIdSchema = z.object({ id: z.uuid({ error: "validation.invalid" }) });

export type SaveAddressInput = z.output<typeof saveAddressSchema>;
