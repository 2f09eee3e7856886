import { Client } from "pg";
import { afterAll, beforeAll, beforeEach, inject } from "vitest";

// Runs in each worker before its test files; the environment must be set before lib/env.ts is first read.
const base = process.env.TEST_DATABASE_URL;
const g = globalThis as { __pcDbReady?: Promise<void> };

async function prepare() {
  process.env.NODE_ENV = "test";
  process.env.AUTH_SECRET ??= "test-secret-test-secret-test-secret-0123";
  process.env.SEED_DEMO = "false";
  if (base) {
    const name = `${inject("runId")}_${process.env.VITEST_POOL_ID ?? "0"}`;
    const admin = new Client({ connectionString: base });
    await admin.connect();
    const exists = await admin.query("select 1 from pg_database where datname = $1", [name]);
    if (!exists.rowCount) await admin.query(`create database "${name}"`);
    await admin.end();
    const url = new URL(base);
    url.pathname = `/${name}`;
    process.env.DATABASE_URL = url.toString();
  } else {
    delete process.env.DATABASE_URL;
    process.env.PGLITE_DIR = "memory://";
  }
  const { migrate } = await import("@/lib/db/migrate");
  await migrate();
}

beforeAll(async () => {
  await (g.__pcDbReady ??= prepare());
});

beforeEach(async () => {
  const { resetDatabase } = await import("./db");
  await resetDatabase();
});

afterAll(() => {});
