import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { closeDb, getDb } from "@/lib/db/client";
import { claimDataDir, HOLDER_ENV } from "@/lib/db/data-dir-lock";
import { migrate } from "@/lib/db/migrate";
import { deliverSoon } from "@/lib/mail/deliver";
import { seedDemo } from "@/lib/db/seed";
import { env } from "@/lib/env";

/**
 * `npm start`: claims the embedded data folder (so a second start fails clearly instead of corrupting it),
 * migrates, seeds an empty database with the demo accounts, then runs `next start` as a child (with
 * lib/server/release-abort-reasons.mjs and process-context.mjs loaded first) and stays beside it holding the claim.
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

  const childEnv: NodeJS.ProcessEnv = { ...process.env, [HOLDER_ENV]: String(process.pid) };
  if (!childEnv.AUTH_SECRET && embedded) childEnv.AUTH_SECRET = localSecret(env.PGLITE_DIR);
  const nextBin = path.join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
  const preload = (file: string) => ["--import", pathToFileURL(path.join(process.cwd(), "lib", "server", file)).href];
  const child = spawn(
    process.execPath,
    [
      ...heapFlags(),
      ...preload("release-abort-reasons.mjs"),
      ...preload("process-context.mjs"),
      nextBin,
      "start",
      ...process.argv.slice(2),
    ],
    {
      stdio: "inherit",
      env: childEnv,
    },
  );
  // On PostgreSQL this process also sweeps the outbox now and every 30 s: the server sends right after each
  // commit, and this picks up retries and whatever was queued before a restart. Claims keep instances from
  // sending a row twice. The embedded database belongs to the server process alone, which sweeps for itself.
  if (!embedded && env.SMTP_URL) deliverSoon();
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

// A page view allocates a megabyte or more, nearly all of it dead once its response is sent. With V8's default
// young generation (16 MB per semi-space) 20 pages in flight fill it over ten times a second, and each collection
// copies the live ones out; 64 MB collects a quarter as often and raised the overview's throughput under load by
// about 13% (see README, "Speed"). The young generation then takes up to 192 MB; NODE_OPTIONS overrides it.
function heapFlags(): string[] {
  return process.env.NODE_OPTIONS?.includes("--max-semi-space-size") ? [] : ["--max-semi-space-size=64"];
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
