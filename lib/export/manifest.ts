import type { Category } from "@/lib/data-map/types";
import { TIME_ZONE } from "@/lib/i18n/format";
import type { ArchiveInput } from "./archive";
import type { WrittenFile } from "./zip";

export type Person = { id: string; username: string };
export type People = { subject: Person; actor: Person; via: "self" | "guardian"; subjectIsChild: boolean };

export type CategorySummary = { category: Category; rows: number; sample: string[][]; csvPath: string | null };

export const MANIFEST_FORMAT = "personal-center-export/1";

/** Who the archive is about and for whom it was made, when, what was asked for, and what each file holds. */
export function buildManifest(input: ArchiveInput, files: WrittenFile[], summaries: CategorySummary[]) {
  const { people, selection, locale } = input;
  return {
    format: MANIFEST_FORMAT,
    generatedAt: input.generatedAt.toISOString(),
    subject: people.subject,
    requestedBy: { ...people.actor, via: people.via },
    selection: {
      categories: selection.categories,
      from: selection.from ?? null,
      to: selection.to ?? null,
      timeZone: TIME_ZONE,
    },
    categories: summaries.map(({ category: c, rows, csvPath }) => ({
      key: c.key,
      label: c.label[locale],
      // Everything about a child under 14 is sensitive.
      sensitive: c.sensitive || people.subjectIsChild,
      // Undated records (who you are, current settings) are exported whole whatever the date range.
      dateRangeApplies: c.dated,
      rows,
      files: [`data/${c.key}.json`, ...(csvPath ? [csvPath] : [])],
    })),
    totals: { categories: summaries.length, rows: summaries.reduce((n, s) => n + s.rows, 0) },
    files,
  };
}

export type Manifest = ReturnType<typeof buildManifest>;
