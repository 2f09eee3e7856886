import { z } from "zod";
import { requestTypes } from "@/lib/db/schema";

export const MAX_OPEN_REQUESTS = 10;
// Requests still waiting for the shop (a shopper may follow up); the rest are finished.
export const openStatuses = ["open", "in_progress", "answered"] as const;
// The shopper may withdraw until the shop has answered.
export const withdrawableStatuses = ["open", "in_progress"] as const;
// What the privacy office (or an agent with a write grant) may move a request to.
export const answerStatuses = ["in_progress", "answered", "closed", "rejected"] as const;

const note = (max: number) =>
  z
    .string({ error: "validation.required" })
    .trim()
    .min(1, { error: "validation.required" })
    .max(max, { error: "validation.tooLong" });

export const fileRequestSchema = z.object({
  type: z.enum(requestTypes, { error: "validation.requestType" }),
  summary: z
    .string({ error: "validation.required" })
    .trim()
    .min(10, { error: "validation.requestShort" })
    .max(2000, { error: "validation.tooLong" }),
});

export const requestIdSchema = z.object({ id: z.uuid({ error: "validation.invalid" }) });

export const replySchema = requestIdSchema.extend({ note: note(2000) });

/** An answer: a message, a status change, or both. Answering or rejecting always says why. */
export const answerSchema = requestIdSchema
  .extend({
    status: z.preprocess((v) => (v === "" ? undefined : v), z.enum(answerStatuses).optional()),
    note: z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), note(4000).optional()),
  })
  .refine((v) => v.status || v.note, { error: "validation.answerEmpty", path: ["note"] })
  .refine((v) => !(v.status === "answered" || v.status === "rejected") || v.note, {
    error: "validation.answerNeedsNote",
    path: ["note"],
  });

export type AnswerInput = z.output<typeof answerSchema>;
