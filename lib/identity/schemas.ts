import { z } from "zod";

export const CORRECTION_MIN = 10;
export const CORRECTION_MAX = 500;

export const requestCorrectionSchema = z.object({
  details: z
    .string()
    .trim()
    .min(CORRECTION_MIN, { error: "validation.correctionShort" })
    .max(CORRECTION_MAX, { error: "validation.correctionLong" })
    .refine((v) => !/[<>]/.test(v), { error: "validation.noAngleBrackets" }),
});

export type RequestCorrectionInput = z.output<typeof requestCorrectionSchema>;
