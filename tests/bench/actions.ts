import { readFileSync } from "node:fs";
import path from "node:path";

// Server actions are POSTs to a page with the action's id in the Next-Action header; the ids are in the build.
type Manifest = { node: Record<string, { filename?: string; exportedName?: string }> };

export function actionId(filename: string, exportedName: string): string {
  const file = path.join(process.cwd(), ".next", "server", "server-reference-manifest.json");
  const manifest = JSON.parse(readFileSync(file, "utf8")) as Manifest;
  const found = Object.entries(manifest.node).find(
    ([, a]) => a.filename === filename && a.exportedName === exportedName,
  );
  if (!found) throw new Error(`no server action ${exportedName} in ${filename} in this build`);
  return found[0];
}

export type ActionCall = {
  status: number;
  ms: number;
  result: { ok: boolean; data?: unknown; error?: unknown } | null;
};

/** Calls a server action the way the browser does, with one argument, and reads its result from the RSC reply. */
export async function callAction(
  baseUrl: string,
  page: string,
  id: string,
  arg: unknown,
  cookie = "",
): Promise<ActionCall> {
  const started = performance.now();
  const res = await fetch(`${baseUrl}${page}`, {
    method: "POST",
    headers: {
      "next-action": id,
      "content-type": "text/plain;charset=UTF-8",
      accept: "text/x-component",
      origin: baseUrl,
      cookie,
    },
    body: JSON.stringify([arg]),
  });
  const text = await res.text();
  const ms = performance.now() - started;
  const line = text.split("\n").find((l) => l.startsWith("1:"));
  return { status: res.status, ms, result: line ? JSON.parse(line.slice(2)) : null };
}
