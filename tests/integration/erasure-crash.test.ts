import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Client } from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// The erasure is killed (SIGKILL, no chance to clean up) halfway through its steps, in a process of its own,
// on a database of its own: the account must be found pending and whole, and the next run must finish it.
const base = process.env.TEST_DATABASE_URL;
const env: NodeJS.ProcessEnv = { ...process.env, TEST_CLOCK: "false", JOBS: "false", SEED_DEMO: "false" };
let dropDb = async () => {};

beforeAll(async () => {
  if (base) {
    const name = `pc_crash_${Date.now().toString(36)}`;
    const admin = new Client({ connectionString: base });
    await admin.connect();
    await admin.query(`create database "${name}"`);
    await admin.end();
    env.DATABASE_URL = `${base.replace(/\/[^/]*$/, "")}/${name}`;
    dropDb = async () => {
      const c = new Client({ connectionString: base });
      await c.connect();
      await c.query(`drop database if exists "${name}" with (force)`);
      await c.end();
    };
  } else {
    env.DATABASE_URL = "";
    env.PGLITE_DIR = path.join(mkdtempSync(path.join(tmpdir(), "pc-crash-")), "pglite");
  }
});
afterAll(() => dropDb());

function child(args: string[], until?: (line: string) => boolean) {
  const proc = spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "tests/support/erasure-child.ts", ...args],
    { env, stdio: ["ignore", "pipe", "pipe"] },
  );
  let out = "";
  let err = "";
  return new Promise<{ lines: unknown[]; proc: typeof proc }>((resolve, reject) => {
    proc.stdout.on("data", (d: Buffer) => {
      out += d.toString();
      const lines = out.split("\n").filter((l) => l.startsWith("{"));
      if (until && lines.some(until)) resolve({ lines: lines.map((l) => JSON.parse(l)), proc });
    });
    proc.stderr.on("data", (d: Buffer) => (err += d.toString()));
    proc.on("exit", (code) => {
      if (until) return reject(new Error(`child exited (${code}) before it paused: ${err}`));
      if (code !== 0) return reject(new Error(`child failed (${code}): ${err}`));
      resolve({
        lines: out
          .split("\n")
          .filter((l) => l.startsWith("{"))
          .map((l) => JSON.parse(l)),
        proc,
      });
    });
  });
}

describe("a crash in the middle of an erasure", () => {
  it("leaves the account pending and whole, and the next run erases it", { timeout: 120_000 }, async () => {
    const prepared = await child(["prepare"]);
    const { userId } = prepared.lines[0] as { userId: string };

    const hung = await child(["hang"], (l) => l.includes('"paused"'));
    const exited = new Promise((r) => hung.proc.on("exit", r));
    hung.proc.kill("SIGKILL");
    await exited;

    const after = await child(["state", userId]);
    expect(after.lines[0]).toMatchObject({ status: "cancellation_pending", events: 500 });
    expect((after.lines[0] as { email: string }).email).toMatch(/@erase\.example$/);

    const finished = await child(["finish"]);
    expect(finished.lines[0]).toMatchObject({ erased: 1, failed: 0 });
    const erased = await child(["state", userId]);
    expect(erased.lines[0]).toEqual({ status: "erased", email: null, events: 0 });
  });
});
