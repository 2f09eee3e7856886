import "server-only";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { translator } from "@/lib/i18n/translator";
import type { CategorySummary, Manifest } from "./manifest";

const escapeMap: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
const special = /[&<>"']/;
// Most values hold nothing to escape; testing first spares building a copy of each.
export const esc = (s: string) => (special.test(s) ? s.replace(/[&<>"']/g, (ch) => escapeMap[ch]!) : s);

const style = `body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#0f172a;background:#f8fafc}
main{max-width:72rem;margin:auto;padding:1rem}section{background:#fff;border:1px solid #e2e8f0;border-radius:.5rem;
padding:1rem;margin:1rem 0}table{border-collapse:collapse;width:100%;font-size:.875rem}th,td{text-align:left;
padding:.25rem .5rem;border-bottom:1px solid #e2e8f0;vertical-align:top;overflow-wrap:anywhere}caption{text-align:left;
color:#334155;padding:.25rem 0}.scroll{overflow-x:auto}.tag{background:#fef3c7;color:#78350f;border-radius:.25rem;
padding:0 .4rem;font-size:.8rem}code{font-size:.75rem;overflow-wrap:anywhere}dt{font-weight:600}dd{margin:0 0 .5rem}`;

/** index.html: everything in the archive for a person to read, starting with the manifest's summary. */
export function* indexHtml(locale: Locale, manifest: Manifest, summaries: CategorySummary[]): Generator<string> {
  const t = translator(locale);
  const a = (key: string, params?: Record<string, string | number>) => esc(t(`archive.${key}`, params));
  const number = new Intl.NumberFormat(locale);
  const { selection } = manifest;
  const range =
    selection.from || selection.to
      ? a("range", { from: selection.from ?? a("beginning"), to: selection.to ?? a("today") })
      : a("allTime");
  yield `<!doctype html>\n<html lang="${locale}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${a("title")}</title>
<style>${style}</style></head><body><main>
<h1>${a("title")}</h1>
<p>${a("preparedFor", { name: manifest.subject.username, date: formatDate(locale, new Date(manifest.generatedAt), "dateTime") })}</p>
${manifest.requestedBy.via === "guardian" ? `<p>${a("byGuardian", { name: manifest.requestedBy.username })}</p>` : ""}
<p>${a("selection", { count: selection.categories.length })} ${range} ${a("undatedNote")}</p>
<section aria-labelledby="summary"><h2 id="summary">${a("summary")}</h2><div class="scroll"><table>
<thead><tr><th scope="col">${a("category")}</th><th scope="col">${a("records")}</th><th scope="col">${a("files")}</th></tr></thead><tbody>\n`;
  for (const c of manifest.categories) {
    const links = c.files.map((f) => `<a href="${esc(f)}">${esc(f)}</a>`).join(" ");
    const tag = c.sensitive ? ` <span class="tag">${a("sensitive")}</span>` : "";
    yield `<tr><td><a href="#${esc(c.key)}">${esc(c.label)}</a>${tag}</td><td>${number.format(c.rows)}</td><td>${links}</td></tr>\n`;
  }
  yield `</tbody></table></div>
<h3>${a("checksums")}</h3><p>${a("checksumsNote")}</p><div class="scroll"><table><thead><tr>
<th scope="col">${a("file")}</th><th scope="col">${a("records")}</th><th scope="col">${a("bytes")}</th><th scope="col">SHA-256</th>
</tr></thead><tbody>\n`;
  for (const f of manifest.files) {
    yield `<tr><td>${esc(f.path)}</td><td>${number.format(f.rows)}</td><td>${number.format(f.bytes)}</td><td><code>${f.sha256}</code></td></tr>\n`;
  }
  yield `</tbody></table></div></section>\n`;
  for (const s of summaries) yield* categorySection(locale, s, manifest, number);
  yield `</main></body></html>\n`;
}

function* categorySection(
  locale: Locale,
  s: CategorySummary,
  manifest: Manifest,
  number: Intl.NumberFormat,
): Generator<string> {
  const t = translator(locale);
  const a = (key: string, params?: Record<string, string | number>) => esc(t(`archive.${key}`, params));
  const c = s.category;
  const entry = manifest.categories.find((m) => m.key === c.key)!;
  yield `<section id="${esc(c.key)}" aria-labelledby="${esc(c.key)}-title">
<h2 id="${esc(c.key)}-title">${esc(c.label[locale])}${entry.sensitive ? ` <span class="tag">${a("sensitive")}</span>` : ""}</h2>
<dl><dt>${a("purpose")}</dt><dd>${esc(c.purpose[locale])}</dd><dt>${a("retention")}</dt><dd>${esc(c.retention[locale])}</dd>
<dt>${a("source")}</dt><dd>${esc(t(`data.sources.${c.source}`))}</dd></dl>\n`;
  if (s.rows === 0) {
    yield `<p>${a("noRecords")}</p></section>\n`;
    return;
  }
  const files = entry.files.join(", ");
  const caption =
    s.sample.length < s.rows
      ? a("sampleOf", { shown: number.format(s.sample.length), total: number.format(s.rows), files })
      : a("allShown", { total: number.format(s.rows), files });
  yield `<div class="scroll"><table><caption>${caption}</caption><thead><tr>${c.columns
    .map((col) => `<th scope="col">${esc(col.label[locale])}</th>`)
    .join("")}</tr></thead><tbody>\n`;
  for (const row of s.sample) yield `<tr>${row.map((v) => `<td>${esc(v)}</td>`).join("")}</tr>\n`;
  yield `</tbody></table></div></section>\n`;
}
