import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "pg";

// The consent look-up API's token for the bench's servers.
export const BENCH_SERVICE_TOKEN = "bench-service-token-bench-service-token-01";

export type Target = { name: "pglite" | "postgres"; baseUrl: string; stop: () => Promise<void> };

async function waitFor(url: string, seconds: number) {
  const until = Date.now() + seconds * 1000;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`server at ${url} did not become ready`);
}

/** Starts the production server (`npm start`) on a fresh database of the given kind. */
export async function startServer(kind: Target["name"], port: number, pgBase: string): Promise<Target> {
  // Another server already on this port would be measured instead of ours (set BENCH_PORT).
  if (
    await fetch(`http://localhost:${port}/api/health`).then(
      () => true,
      () => false,
    )
  ) {
    throw new Error(`port ${port} is already in use; set BENCH_PORT to a free one`);
  }
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    AUTH_SECRET: "bench-secret-bench-secret-bench-secret-01",
    SEED_DEMO: "true",
    SERVICE_API_TOKEN: BENCH_SERVICE_TOKEN,
  };
  let dropDb = async () => {};
  if (kind === "postgres") {
    const name = `pc_bench_${Date.now().toString(36)}`;
    const admin = new Client({ connectionString: pgBase });
    await admin.connect();
    await admin.query(`create database "${name}"`);
    await admin.end();
    env.DATABASE_URL = `${pgBase.replace(/\/[^/]*$/, "")}/${name}`;
    dropDb = async () => {
      const c = new Client({ connectionString: pgBase });
      await c.connect();
      await c.query(`drop database if exists "${name}" with (force)`);
      await c.end();
    };
  } else {
    env.DATABASE_URL = "";
    env.PGLITE_DIR = path.join(mkdtempSync(path.join(tmpdir(), "pc-bench-")), "pglite");
  }
  const child: ChildProcess = spawn("npm", ["start"], { env, stdio: ["ignore", "ignore", "inherit"], detached: true });
  const baseUrl = `http://localhost:${port}`;
  await waitFor(`${baseUrl}/api/health`, 120);
  return {
    name: kind,
    baseUrl,
    stop: async () => {
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        // already gone
      }
      await new Promise((r) => setTimeout(r, 1000));
      await dropDb();
    },
  };
}

/** Signs in through Auth.js's credentials endpoint and returns the Cookie header of the new session. */
export async function signInCookie(baseUrl: string, identifier: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const res = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ identifier, password, csrfToken }),
  });
  const session = res.headers.getSetCookie().find((c) => c.startsWith("authjs.session-token="));
  if (!session) throw new Error(`sign-in as ${identifier} failed (${res.status})`);
  return session.split(";")[0]!;
}
