import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "pg";

// `npm run bench:export [-- pglite|postgres]`: one shopper with 100k and then 1M rows spread across categories,
// the full archive streamed through the export code, and (on PostgreSQL) a COPY of the same rows for reference.
// Each (database, size) runs in its own process, so memory figures start from the same place.
const pgBase = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const kinds = (process.argv[2] ? [process.argv[2]] : ["pglite", "postgres"]) as ("pglite" | "postgres")[];
const sizes = (process.env.BENCH_EXPORT_ROWS ?? "100000,1000000").split(",").map(Number);

const budget = { rowsPerSecond: 100_000, copyRatio: 0.5, rssGrowthMb: 64 };

export type Figures = {
  kind: "pglite" | "postgres";
  rows: number;
  seconds: number;
  archiveMb: number;
  rssGrowthMb: number;
  copySeconds: number | null;
};

function runChild(kind: "pglite" | "postgres", rows: number, env: Record<string, string>): Promise<Figures> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--expose-gc", "--conditions=react-server", "--import", "tsx", "tests/bench/export-run.ts", kind, String(rows)],
      { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] },
    );
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.on("exit", (code) => {
      const line = out.trim().split("\n").at(-1) ?? "";
      if (code === 0 && line.startsWith("{")) resolve(JSON.parse(line) as Figures);
      else reject(new Error(`bench run ${kind} ${rows} failed (${code}): ${out}`));
    });
  });
}

async function withDatabase<T>(
  kind: "pglite" | "postgres",
  run: (env: Record<string, string>) => Promise<T>,
): Promise<T> {
  if (kind === "pglite") {
    const dir = mkdtempSync(path.join(tmpdir(), "pc-bench-export-"));
    try {
      return await run({ DATABASE_URL: "", PGLITE_DIR: path.join(dir, "pglite") });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const name = `pc_bench_export_${Date.now().toString(36)}`;
  const admin = new Client({ connectionString: pgBase });
  await admin.connect();
  await admin.query(`create database "${name}"`);
  try {
    return await run({ DATABASE_URL: `${pgBase.replace(/\/[^/]*$/, "")}/${name}` });
  } finally {
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.end();
  }
}

const fmt = (n: number) => Math.round(n).toLocaleString("en");

async function main() {
  if (kinds.includes("postgres") && spawnSync("psql", ["--version"]).status !== 0) {
    console.warn("psql not found: the COPY reference needs it");
  }
  let allMet = true;
  for (const kind of kinds) {
    for (const rows of sizes) {
      const f = await withDatabase(kind, (env) => runChild(kind, rows, env));
      const rps = f.rows / f.seconds;
      const copyRps = f.copySeconds ? f.rows / f.copySeconds : null;
      const ratio = copyRps ? rps / copyRps : null;
      const met =
        rps >= budget.rowsPerSecond &&
        f.rssGrowthMb <= budget.rssGrowthMb &&
        (kind === "pglite" || (ratio !== null && ratio >= budget.copyRatio));
      allMet &&= met;
      const copy = copyRps
        ? `; COPY ${f.copySeconds!.toFixed(2)} s (${fmt(copyRps)} rows/s), export/COPY ${ratio!.toFixed(2)}`
        : "";
      console.info(
        `${kind.padEnd(8)} ${fmt(f.rows).padStart(9)} rows: ${f.seconds.toFixed(2)} s, ${fmt(rps)} rows/s, ` +
          `archive ${f.archiveMb.toFixed(1)} MB, peak RSS +${f.rssGrowthMb.toFixed(1)} MB${copy}: ${met ? "met" : "NOT met"}`,
      );
    }
  }
  console.info(
    `budgets: >= ${fmt(budget.rowsPerSecond)} rows/s, >= ${budget.copyRatio}x COPY (PostgreSQL), ` +
      `peak RSS growth <= ${budget.rssGrowthMb} MB\n${allMet ? "all budgets met" : "some budgets NOT met"}`,
  );
  process.exit(allMet ? 0 : 1);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
