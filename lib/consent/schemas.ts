import { z } from "zod";
import { allChoiceKeys } from "./keys";

// A client's sequence is a timestamp on the server's clock (the page tells the client its offset);
// one far in the future would pin a choice against every later write, so it is refused.
export const MAX_SEQ_AHEAD_MS = 5 * 60_000;

// Strict: the source of a record (self, guardian, GPC, ...) comes from how the request reached the subject,
// never from the input, so a request carrying any field beyond these is refused whole.
export const setChoiceSchema = z.strictObject({
  purpose: z.enum(allChoiceKeys as [string, ...string[]], { error: "validation.notAllowed" }),
  granted: z.boolean({ error: "validation.wrongType" }),
  seq: z
    .number({ error: "validation.wrongType" })
    .int()
    .positive()
    .refine((s) => s <= Date.now() + MAX_SEQ_AHEAD_MS, { error: "validation.invalid" }),
  // Turning sharing or advertising cookies on while the browser sends Global Privacy Control needs this.
  confirmGpcOverride: z.boolean({ error: "validation.wrongType" }).optional(),
});

export type SetChoiceInput = z.output<typeof setChoiceSchema>;
