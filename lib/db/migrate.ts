import "server-only";
import path from "node:path";
import { Client } from "pg";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import { env } from "@/lib/env";
import { dbHandle } from "./client";

const migrationsFolder = path.join(process.cwd(), "drizzle", "migrations");
const MIGRATION_LOCK = 72_110_001;

export async function migrate(): Promise<void> {
  const { db, driver } = dbHandle();
  if (driver === "pglite") {
    await migratePglite(db as never, { migrationsFolder });
    return;
  }
  // Several app instances may start at once against one PostgreSQL: one migrates, the others wait for it.
  const client = new Client({ connectionString: env.DATABASE_URL });
  await client.connect();
  try {
    await client.query("select pg_advisory_lock($1)", [MIGRATION_LOCK]);
    await migratePg(drizzlePg(client), { migrationsFolder });
  } finally {
    await client.query("select pg_advisory_unlock($1)", [MIGRATION_LOCK]).catch(() => {});
    await client.end();
  }
}
