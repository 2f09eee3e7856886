import { createHmac } from "node:crypto";
import { z } from "zod";

export const phonePattern = /^\+?[0-9]{6,15}$/;

// People type their sign-in as an email or a mobile number, with spaces or dashes in the number.
export function normalizeIdentifier(raw: string): { kind: "email" | "phone"; value: string } {
  const trimmed = raw.trim();
  const digits = trimmed.replace(/[\s-]/g, "");
  if (phonePattern.test(digits)) return { kind: "phone", value: digits };
  return { kind: "email", value: trimmed.toLowerCase() };
}

export function identifierHash(secret: string, normalized: string): string {
  return createHmac("sha256", secret).update(`sign-in:${normalized}`).digest("hex");
}

export const signInSchema = z.object({
  identifier: z.string().trim().min(1, { error: "validation.required" }).max(254, { error: "validation.tooLong254" }),
  password: z.string().min(1, { error: "validation.required" }).max(256, { error: "validation.tooLong256" }),
});
