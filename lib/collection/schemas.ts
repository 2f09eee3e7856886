import { z } from "zod";

export const historyKinds = ["browsing", "search"] as const;
export type HistoryKind = (typeof historyKinds)[number];

export const clearHistorySchema = z.strictObject({
  kind: z.enum(historyKinds, { error: "validation.notAllowed" }),
});

export const deleteInterestTagSchema = z.strictObject({ id: z.uuid({ error: "validation.invalid" }) });
