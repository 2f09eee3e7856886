import "server-only";
import { categoryFor } from "@/lib/data-map/registry";
import type { Reader } from "@/lib/data-map/types";
import type { Locale } from "@/lib/i18n/config";
import { categoryFiles } from "./category-files";
import { indexHtml } from "./html";
import { buildManifest, type CategorySummary, type People } from "./manifest";
import type { ExportSelection } from "./schemas";
import { ZipWriter, type WrittenFile } from "./zip";

export type ArchiveInput = {
  reader: Reader;
  subjectId: string;
  selection: ExportSelection;
  people: People;
  locale: Locale;
  generatedAt: Date;
  zipLevel?: number;
  // "Yes" and "No" in the reader's language, for true and false on the readable page.
  yesNo: [string, string];
  csvHoldBytes?: number;
};

/**
 * The archive, produced as it is sent: data/<category>.json (and .csv for lists), then index.html, then
 * manifest.json with every file's row count and SHA-256. The caller pulls chunks; the database is read at most a
 * page ahead of what has been taken, so a slow reader slows the export instead of filling memory.
 */
export async function* archiveChunks(input: ArchiveInput): AsyncGenerator<Uint8Array> {
  const zip = new ZipWriter(input.zipLevel ?? 0);
  const files: WrittenFile[] = [];
  const summaries: CategorySummary[] = [];
  for (const key of input.selection.categories) {
    const category = categoryFor(key)!;
    const result = yield* categoryFiles(zip, category, input, files);
    summaries.push({ category, ...result });
  }
  const manifest = buildManifest(input, files, summaries);
  const html = zip.open("index.html");
  for (const part of indexHtml(input.locale, manifest, summaries)) {
    html.write(part);
    yield* zip.take();
  }
  files.push(html.close(0));
  const final = zip.open("manifest.json");
  final.write(`${JSON.stringify({ ...manifest, files }, null, 2)}\n`);
  final.close(0);
  zip.end();
  yield* zip.take();
}
