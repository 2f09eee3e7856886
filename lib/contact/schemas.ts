import { z } from "zod";
import { phonePattern } from "@/lib/auth/identifier";
import { contactChannels } from "@/lib/db/schema/contact";

// The same shapes sign-up accepts: a lower-cased email, or a mobile number typed with spaces or dashes.
const emailValue = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: "validation.email" }));
const phoneValue = z
  .string()
  .transform((v) => v.replace(/[\s-]/g, ""))
  .pipe(z.string().regex(phonePattern, { error: "validation.phone" }));

export const requestContactChangeSchema = z
  .object({
    channel: z.enum(contactChannels, { error: "validation.notAllowed" }),
    value: z
      .string({ error: "validation.required" })
      .trim()
      .min(1, { error: "validation.required" })
      .max(254, { error: "validation.tooLong254" }),
  })
  .transform((input, ctx) => {
    const parsed = (input.channel === "email" ? emailValue : phoneValue).safeParse(input.value);
    if (!parsed.success) {
      ctx.addIssue({ code: "custom", path: ["value"], message: parsed.error.issues[0]!.message });
      return z.NEVER;
    }
    return { channel: input.channel, value: parsed.data };
  });

const challengeId = z.uuid({ error: "validation.challenge" });

export const resendContactCodeSchema = z.object({ challengeId });

export const confirmContactChangeSchema = z.object({
  challengeId,
  // Six ASCII digits; spaces people type between groups are forgiven.
  code: z
    .string({ error: "validation.required" })
    .max(20, { error: "validation.code" })
    .transform((v) => v.replace(/\s/g, ""))
    .pipe(z.string().regex(/^[0-9]{6}$/, { error: "validation.code" })),
});

export type RequestContactChangeInput = z.output<typeof requestContactChangeSchema>;
