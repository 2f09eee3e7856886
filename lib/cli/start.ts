import cluster, { type Worker } from "node:cluster";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { closeDb, getDb } from "@/lib/db/client";
import { claimDataDir, HOLDER_ENV } from "@/lib/db/data-dir-lock";
import { migrate } from "@/lib/db/migrate";
import { openHost } from "@/lib/db/pglite-host.mjs";
import { SUPERVISOR_ENV } from "@/lib/db/pglite-client";
import { serveDatabase } from "@/lib/db/pglite-supervisor";
import { deliverSoon } from "@/lib/mail/deliver";
import { seedDemo } from "@/lib/db/seed";
import { env } from "@/lib/env";
import { serverV8Flags } from "@/lib/server/v8-flags";

/**
 * `npm start`: claims the embedded data folder (so a second start fails clearly instead of corrupting it),
 * migrates, seeds an empty database with the demo accounts, then runs `next start` in WEB_CONCURRENCY server
 * processes (they share the port) and stays beside them as their supervisor. On the embedded database with more
 * than one, it also holds the database and serves it to them: only one process may open the folder.
 */
async function main() {
  const embedded = !env.DATABASE_URL;
  if (embedded) claimDataDir(env.PGLITE_DIR);
  await migrate();
  if (env.SEED_DEMO ?? embedded) {
    const seeded = await seedDemo(getDb());
    if (seeded === "seeded") console.info("demo accounts created: see README.md for the list");
  }
  await closeDb();

  const serverEnv: Record<string, string> = {};
  if (!process.env.AUTH_SECRET && embedded) serverEnv.AUTH_SECRET = localSecret(env.PGLITE_DIR);
  // Several server processes share the embedded database through this one. A single process keeps it on a thread
  // of its own instead: each query of a transaction is then a message between threads, not processes (over IPC,
  // the privacy switches' changes on PGlite took a quarter longer, and the database is held for as long).
  const host = embedded && env.WEB_CONCURRENCY > 1 ? openHost(env.PGLITE_DIR) : null;
  if (host) serverEnv[SUPERVISOR_ENV] = "true";
  else if (embedded) serverEnv[HOLDER_ENV] = String(process.pid);

  const preload = (file: string) => ["--import", pathToFileURL(path.join(process.cwd(), "lib", "server", file)).href];
  cluster.setupPrimary({
    exec: path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next"),
    args: ["start", ...process.argv.slice(2)],
    execArgv: [
      ...serverV8Flags({
        cores: availableParallelism(),
        processes: env.WEB_CONCURRENCY,
        nodeOptions: process.env.NODE_OPTIONS,
      }),
      ...preload("release-abort-reasons.mjs"),
      ...preload("process-context.mjs"),
    ],
    // Structured clone, as between threads: query results keep their dates, big integers and bytes.
    serialization: "advanced",
  });

  // A process that stops after it was serving is replaced; one that never came up (the port is taken, say)
  // would fail again, and so would one that keeps stopping: then everything stops.
  const serving = new Set<number>();
  const replaced: number[] = [];
  let stopping = false;
  const start = () => {
    const worker = cluster.fork(serverEnv);
    if (host) serveDatabase(worker.process, host);
  };
  cluster.on("listening", (worker) => serving.add(worker.id));
  cluster.on("exit", (worker, code, signal) => {
    if (stopping) return;
    if (!serving.has(worker.id)) return stop(code || 1);
    if (replaced.filter((at) => at > Date.now() - 60_000).length >= 5) {
      console.error("server processes keep stopping (5 replaced within a minute); stopping");
      return stop(code || 1);
    }
    console.error(`server process ${worker.process.pid} stopped (${signal ?? code}); starting another`);
    replaced.push(Date.now());
    start();
  });

  const stop = (code: number, signal: NodeJS.Signals = "SIGTERM") => {
    if (stopping) return;
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => Boolean(w));
    const exited = workers.map((w) => new Promise((resolve) => (w.isDead() ? resolve(null) : w.once("exit", resolve))));
    for (const w of workers) w.process.kill(signal);
    const late = setTimeout(() => workers.forEach((w) => w.process.kill("SIGKILL")), 10_000).unref();
    void Promise.all(exited).then(async () => {
      clearTimeout(late);
      await host?.close().catch(() => {});
      process.exit(code);
    });
  };
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => stop(0, signal));

  for (let i = 0; i < env.WEB_CONCURRENCY; i++) start();
  // On PostgreSQL this process also sweeps the outbox now and every 30 s: the servers send right after each
  // commit, and this picks up retries and whatever was queued before a restart. Claims keep instances from
  // sending a row twice. On the embedded database the server processes sweep for themselves.
  if (!embedded && env.SMTP_URL) deliverSoon();
}

// The quick start needs no configuration: a secret is generated once and kept beside the embedded data.
function localSecret(dataDir: string): string {
  const file = path.join(path.dirname(path.resolve(dataDir)), "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

main().catch(async (e) => {
  console.error(e instanceof Error ? e.message : e);
  await closeDb().catch(() => {});
  process.exit(1);
});
