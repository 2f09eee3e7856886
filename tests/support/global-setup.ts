import { randomBytes } from "node:crypto";
import { Client } from "pg";

// On PostgreSQL each run gets its own databases (one per worker), dropped at the end.
export default async function setup({ provide }: { provide: (key: string, value: string) => void }) {
  const base = process.env.TEST_DATABASE_URL;
  const runId = `pc_test_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
  provide("runId", runId);
  if (!base) return;
  return async () => {
    const client = new Client({ connectionString: base });
    await client.connect();
    const { rows } = await client.query("select datname from pg_database where datname like $1", [`${runId}%`]);
    for (const { datname } of rows) await client.query(`drop database if exists "${datname}" with (force)`);
    await client.end();
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    runId: string;
  }
}
