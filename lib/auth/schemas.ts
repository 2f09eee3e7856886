import { z } from "zod";
import { phonePattern } from "./identifier";

export function ageOn(birthDate: string, today = new Date()): number {
  const [y, m, d] = birthDate.split("-").map(Number) as [number, number, number];
  let age = today.getUTCFullYear() - y;
  if (today.getUTCMonth() + 1 < m || (today.getUTCMonth() + 1 === m && today.getUTCDate() < d)) age--;
  return age;
}

const optionalText = <T extends z.ZodType>(schema: T) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), schema.optional());

export const signUpSchema = z
  .object({
    username: z
      .string()
      .trim()
      .min(3, { error: "validation.usernameShort" })
      .max(32, { error: "validation.usernameLong" })
      .regex(/^[\p{L}\p{N}_.-]+$/u, { error: "validation.usernameChars" }),
    email: optionalText(
      z
        .string()
        .trim()
        .toLowerCase()
        .max(254, { error: "validation.tooLong254" })
        .pipe(z.email({ error: "validation.email" })),
    ),
    phone: optionalText(
      z
        .string()
        .transform((v) => v.replace(/[\s-]/g, ""))
        .pipe(z.string().regex(phonePattern, { error: "validation.phone" })),
    ),
    password: z.string().min(10, { error: "validation.passwordShort" }).max(128, { error: "validation.passwordLong" }),
    birthDate: z.iso
      .date({ error: "validation.date" })
      .refine((d) => new Date(`${d}T00:00:00Z`).getTime() <= Date.now(), { error: "validation.birthFuture" })
      .refine((d) => ageOn(d) <= 120, { error: "validation.birthPast" }),
    acceptPolicy: z.literal(["on", "true", true], { error: "validation.acceptPolicy" }),
  })
  .refine((v) => v.email || v.phone, { error: "validation.emailOrPhone", path: ["email"] });

export const stepUpSchema = z.object({
  password: z.string().min(1, { error: "validation.required" }).max(256, { error: "validation.tooLong256" }),
});

export type SignUpInput = z.output<typeof signUpSchema>;
