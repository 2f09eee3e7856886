import { z } from "zod";
import { categoryKeys } from "@/lib/data-map/registry";
import type { DateRange } from "@/lib/data-map/types";

const known = new Set(categoryKeys);
const DAY_MS = 86_400_000;
// Dates are days in the shop's time zone (Asia/Shanghai, UTC+8 all year: no daylight saving since 1991).
const SHOP_OFFSET = "+08:00";

const toList = (v: unknown) => (v === undefined || v === "" ? [] : Array.isArray(v) ? v : [v]);
const emptyToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

const day = z.preprocess(
  emptyToUndefined,
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: "validation.date" })
    .refine(
      (v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
      {
        error: "validation.date",
      },
    )
    .refine((v) => v >= "2000-01-01" && v <= "2999-12-31", { error: "validation.date" })
    .optional(),
);

/** What a download holds: categories (registry order, no repeats) and an optional range of days. */
export const exportSelectionSchema = z
  .object({
    categories: z.preprocess(
      toList,
      z
        .array(z.string().max(40), { error: "validation.pickCategory" })
        .min(1, { error: "validation.pickCategory" })
        .max(categoryKeys.length * 2)
        .refine((keys) => keys.every((k) => known.has(k)), { error: "validation.unknownCategory" })
        .transform((keys) => categoryKeys.filter((k) => keys.includes(k))),
    ),
    from: day,
    to: day,
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { error: "validation.rangeInverted", path: ["to"] });

export type ExportSelection = { categories: string[]; from?: string; to?: string };

/** The days as instants: from the start of `from` to the end of `to`, in the shop's time zone. */
export function rangeOf(selection: Pick<ExportSelection, "from" | "to">): DateRange {
  return {
    from: selection.from ? new Date(`${selection.from}T00:00:00${SHOP_OFFSET}`) : null,
    to: selection.to ? new Date(new Date(`${selection.to}T00:00:00${SHOP_OFFSET}`).getTime() + DAY_MS) : null,
  };
}

/** The selection as it appears in a download link; the server compares it with what was confirmed. */
export function selectionQuery(selection: ExportSelection): string {
  const params = new URLSearchParams({ categories: selection.categories.join(",") });
  if (selection.from) params.set("from", selection.from);
  if (selection.to) params.set("to", selection.to);
  return params.toString();
}

/** True when the link's query names exactly the confirmed selection, whatever its order or encoding. */
export function sameSelection(query: URLSearchParams, stored: ExportSelection): boolean {
  const asked = (query.get("categories") ?? "").split(",").filter(Boolean);
  const keys = new Set(asked);
  return (
    keys.size === asked.length &&
    keys.size === stored.categories.length &&
    stored.categories.every((k) => keys.has(k)) &&
    (query.get("from") ?? undefined) === stored.from &&
    (query.get("to") ?? undefined) === stored.to &&
    [...query.keys()].every((k) => k === "categories" || k === "from" || k === "to")
  );
}

export const linkIdSchema = z.object({ id: z.uuid({ error: "validation.invalid" }) });
