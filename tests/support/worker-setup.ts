import { Client } from "pg";
import { beforeAll, beforeEach, inject } from "vitest";

// Runs in each worker before its test files. The environment is set synchronously here, before any
// test file imports lib/env.ts; the database itself is created and migrated once per worker.
const base = process.env.TEST_DATABASE_URL;
const dbName = `${inject("runId")}_${process.env.VITEST_POOL_ID ?? "0"}`;
process.env.AUTH_SECRET ??= "test-secret-test-secret-test-secret-0123";
process.env.SEED_DEMO = "false";
process.env.TEST_CLOCK = "true";
process.env.JOBS = "false";
process.env.SERVICE_API_TOKEN ??= "test-service-token-test-service-token-0123";
if (base) {
  const url = new URL(base);
  url.pathname = `/${dbName}`;
  process.env.DATABASE_URL = url.toString();
} else {
  delete process.env.DATABASE_URL;
  process.env.PGLITE_DIR = "memory://";
}

const g = globalThis as { __pcDbReady?: Promise<void> };

async function prepare() {
  if (base) {
    const admin = new Client({ connectionString: base });
    await admin.connect();
    const exists = await admin.query("select 1 from pg_database where datname = $1", [dbName]);
    if (!exists.rowCount) await admin.query(`create database "${dbName}"`);
    await admin.end();
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
