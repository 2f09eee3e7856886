import { existsSync } from "node:fs";
import { execSync } from "node:child_process";
import { load, row } from "./load";
import { paired } from "./paired";
import { runPrivacyBench } from "./privacy";
import { BENCH_SERVICE_TOKEN, signInCookie, startServer } from "./server";

// `npm run bench [-- pglite|postgres]`: the production server on each database, loaded with 20 connections.
const seconds = Number(process.env.BENCH_SECONDS ?? 20);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 20);
const warmup = Number(process.env.BENCH_WARMUP_SECONDS ?? 5);
const pgBase = process.env.BENCH_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const kinds = (process.argv[2] ? [process.argv[2]] : ["pglite", "postgres"]) as ("pglite" | "postgres")[];
// BENCH_ONLY=pages or BENCH_ONLY=privacy runs one part.
const only = process.env.BENCH_ONLY;
const port = Number(process.env.BENCH_PORT ?? 3310);

type Budget = { page: string; minRatio: number; maxP99: number };
const budgets: Budget[] = [
  { page: "/account", minRatio: 0.7, maxP99: 150 },
  { page: "/account/profile", minRatio: 0.6, maxP99: 200 },
  { page: "/account/security", minRatio: 0.6, maxP99: 200 },
];

async function main() {
  if (!existsSync(".next/BUILD_ID")) execSync("npx next build", { stdio: "inherit" });
  let allMet = true;
  for (const kind of kinds) {
    const server = await startServer(kind, port, pgBase);
    try {
      if (only === "privacy") {
        console.info(`\n${kind}: ${seconds} s per measurement`);
        const met = await runPrivacyBench(server.baseUrl, BENCH_SERVICE_TOKEN, seconds);
        allMet &&= met;
        continue;
      }
      const cookie = await signInCookie(server.baseUrl, "alice@demo.shop", "personal-center-demo");
      for (const { page } of budgets) {
        const check = await fetch(`${server.baseUrl}${page}`, { headers: { cookie }, redirect: "manual" });
        if (check.status !== 200) throw new Error(`${page} answered ${check.status} for the signed-in shopper`);
      }
      // Warm up the routes so the figures measure steady state, not first compilation of each chunk. A fresh
      // server stays slower for several seconds under load (diagnostic: its first 8 s on the overview had a p99 of
      // 159 ms, the next five 8 s runs 119-140 ms); the first page measured would otherwise pay for it alone.
      await load(`${server.baseUrl}/status`, warmup, connections);
      for (const budget of budgets) await load(`${server.baseUrl}${budget.page}`, warmup, connections, { cookie });
      console.info(
        `\n${kind}: ${seconds} s per page and as long again on /status beside it, ${connections} connections`,
      );
      for (const budget of budgets) {
        const { page: f, bare } = await paired(
          `${server.baseUrl}${budget.page}`,
          `${server.baseUrl}/status`,
          seconds,
          connections,
          { cookie },
        );
        const ratio = f.rps / bare.rps;
        console.info(row(bare));
        const met = ratio >= budget.minRatio && f.p99 <= budget.maxP99 && f.errors === 0;
        allMet &&= met;
        console.info(
          `${row(f)}   ratio ${ratio.toFixed(2)} (budget >= ${budget.minRatio}, p99 <= ${budget.maxP99} ms): ${met ? "met" : "NOT met"}`,
        );
      }
      if (only !== "pages") {
        const met = await runPrivacyBench(server.baseUrl, BENCH_SERVICE_TOKEN, seconds);
        allMet &&= met;
      }
    } finally {
      await server.stop();
    }
  }
  console.info(allMet ? "\nall budgets met" : "\nsome budgets NOT met");
  process.exit(allMet ? 0 : 1);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
