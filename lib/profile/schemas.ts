import { z } from "zod";

export const genders = ["female", "male", "other", "undisclosed"] as const;

const interestList = z.preprocess(
  (v) =>
    (Array.isArray(v) ? v.join(",") : typeof v === "string" ? v : "")
      .split(/[,，]/)
      .map((s) => s.trim())
      .filter(Boolean),
  z
    .array(z.string().max(20, { error: "validation.interestLong" }))
    .max(10, { error: "validation.interestsMany" })
    .transform((list) => [...new Set(list)]),
);

export const updateProfileSchema = z.object({
  nickname: z
    .string()
    .trim()
    .min(1, { error: "validation.required" })
    .max(32, { error: "validation.nicknameLong" })
    .refine((v) => !/[<>]/.test(v), { error: "validation.noAngleBrackets" }),
  gender: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.enum(genders, { error: "validation.notAllowed" }).optional(),
  ),
  birthDate: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.iso
      .date({ error: "validation.date" })
      .refine((d) => new Date(`${d}T00:00:00Z`).getTime() <= Date.now(), { error: "validation.birthFuture" })
      .optional(),
  ),
  interests: interestList,
  version: z.coerce.number({ error: "validation.invalid" }).int().positive(),
});

export type UpdateProfileInput = z.output<typeof updateProfileSchema>;
