import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { closeDb, dbHandle, getDb } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { categories, countAll } from "@/lib/data-map/registry";
import { fullQuery } from "@/lib/data-map/keyset";
import { drizzleReader } from "@/lib/data-map/reader";
import { archiveChunks } from "@/lib/export/archive";
import { env } from "@/lib/env";
import { seedBenchShopper } from "./export-seed";

// One measured run (see export.ts): seed, warm up, then stream the archive and (on PostgreSQL) COPY the same rows.
const [kind, size] = [process.argv[2] as "pglite" | "postgres", Number(process.argv[3])];
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});

async function streamArchive(subjectId: string) {
  const keys = categories.map((c) => c.key);
  const snapshot = await dbHandle().snapshot();
  try {
    const chunks = archiveChunks({
      reader: snapshot,
      subjectId,
      selection: { categories: keys },
      people: {
        subject: { id: subjectId, username: "bench" },
        actor: { id: subjectId, username: "bench" },
        via: "self",
        subjectIsChild: false,
      },
      locale: "en",
      generatedAt: new Date(),
      zipLevel: env.EXPORT_ZIP_LEVEL,
      yesNo: ["Yes", "No"],
    });
    let bytes = 0;
    const peak = peakRss();
    try {
      for await (const chunk of chunks) bytes += chunk.length;
    } finally {
      peak.stop();
    }
    return { bytes, peak: peak.value };
  } finally {
    await snapshot.release();
  }
}

/**
 * The peak resident size from now until stop(). Linux keeps it for each process (VmHWM) and lets the process reset
 * it, which gives the true peak at no cost to the export being timed; sampling every 5 ms on the same thread took
 * several percent of the run. Elsewhere the sampler stands in.
 */
function peakRss() {
  const hwm = () => Number(/VmHWM:\s*(\d+) kB/.exec(readFileSync("/proc/self/status", "utf8"))?.[1]) * 1024;
  try {
    writeFileSync("/proc/self/clear_refs", "5");
    if (hwm() > 0) {
      const result = { value: 0, stop: () => (result.value = hwm()) };
      return result;
    }
  } catch {
    // Not Linux, or not allowed: sample instead.
  }
  const result = { value: process.memoryUsage.rss(), stop: () => {} };
  const sample = setInterval(() => (result.value = Math.max(result.value, process.memoryUsage.rss())), 5);
  result.stop = () => {
    clearInterval(sample);
    result.value = Math.max(result.value, process.memoryUsage.rss());
  };
  return result;
}

// psql runs COPY (SELECT ...) TO STDOUT of every category's rows, exactly as the export selects them.
function copyAll(subjectId: string): number {
  const script = categories.map((c) => `copy (${fullQuery(c.rowSource, subjectId)}) to stdout;`).join("\n");
  const t0 = performance.now();
  const run = spawnSync("psql", [env.DATABASE_URL!, "-q", "-v", "ON_ERROR_STOP=1", "-o", "/dev/null"], {
    input: script,
  });
  if (run.status !== 0) throw new Error(`psql failed: ${run.stderr}`);
  return (performance.now() - t0) / 1000;
}

// The machine may be shared: each figure is the best of a few alternating rounds, so a burst of someone else's
// work during one round does not decide the result (memory is the worst round's).
const ROUNDS = Number(process.env.BENCH_EXPORT_ROUNDS ?? 3);

async function main() {
  await migrate();
  const subjectId = await seedBenchShopper(getDb(), size, `bench${size}`);
  if (kind === "postgres") copyAll(subjectId);
  await streamArchive(subjectId);
  let seconds = Infinity;
  let copySeconds: number | null = kind === "postgres" ? Infinity : null;
  let growth = 0;
  let bytes = 0;
  for (let round = 0; round < ROUNDS; round++) {
    gc();
    await new Promise((r) => setTimeout(r, 200));
    gc();
    const base = process.memoryUsage.rss();
    const t0 = performance.now();
    const run = await streamArchive(subjectId);
    seconds = Math.min(seconds, (performance.now() - t0) / 1000);
    growth = Math.max(growth, run.peak - base);
    bytes = run.bytes;
    if (copySeconds !== null) copySeconds = Math.min(copySeconds, copyAll(subjectId));
  }
  const counted = await countAll(drizzleReader(getDb()), subjectId);
  const rows = Object.values(counted).reduce((a, b) => a + b, 0);
  await closeDb();
  console.info(JSON.stringify({ kind, rows, seconds, archiveMb: bytes / 1e6, rssGrowthMb: growth / 1e6, copySeconds }));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
