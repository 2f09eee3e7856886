import { z } from "zod";
import { VERSION_PATTERN } from "./versions";

// Policy text is shown as text (never as markup), paragraphs separated by blank lines.
const text = (min: number, max: number) => z.string().trim().min(min).max(max);

export const publishPolicySchema = z.strictObject({
  version: z.string().trim().regex(VERSION_PATTERN, { error: "validation.badFormat" }),
  material: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
  summaryEn: text(10, 500),
  summaryZh: text(4, 500),
  bodyEn: text(40, 20_000),
  bodyZh: text(10, 20_000),
});

export type PublishPolicyInput = z.output<typeof publishPolicySchema>;

export const acknowledgePolicySchema = z.strictObject({
  version: z.string().trim().regex(VERSION_PATTERN, { error: "validation.badFormat" }),
});
