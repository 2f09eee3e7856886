import { z } from "zod";

// A ticked checkbox arrives as "on"; an unticked one does not arrive at all.
const checkbox = z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean());

export const changePasswordSchema = z
  .object({
    currentPassword: z
      .string({ error: "validation.required" })
      .min(1, { error: "validation.required" })
      .max(256, { error: "validation.tooLong256" }),
    newPassword: z
      .string({ error: "validation.required" })
      .min(10, { error: "validation.passwordShort" })
      .max(128, { error: "validation.passwordLong" }),
    confirmPassword: z.string({ error: "validation.required" }).max(256, { error: "validation.tooLong256" }),
    signOutOthers: checkbox,
  })
  .refine((v) => v.newPassword === v.confirmPassword, {
    error: "validation.passwordMismatch",
    path: ["confirmPassword"],
  });

export type ChangePasswordInput = z.output<typeof changePasswordSchema>;
