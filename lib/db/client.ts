import "server-only";
import { mkdirSync } from "node:fs";
import type { Readable } from "node:stream";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { Pool } from "pg";
import { to as copyTo } from "pg-copy-streams";
import { env } from "@/lib/env";
import * as schema from "./schema";
import { claimDataDir } from "./data-dir-lock";
import { PGliteClient, SUPERVISOR_ENV } from "./pglite-client";
import { outsideRequests } from "@/lib/server/outside-requests";
import type { Db } from "./types";

type Rows = (string | null)[][];

/** Rows as arrays, for reads that stream many rows (the data download) and want no per-row objects. */
export type Snapshot = {
  rows: (text: string, params: unknown[]) => Promise<Rows>;
  // COPY ... TO STDOUT as it is produced (see Reader in lib/data-map/types.ts).
  copy?: (sql: string) => AsyncIterable<Buffer>;
  release: () => Promise<void>;
};

type Handle = {
  db: Db;
  driver: "pglite" | "postgres";
  // Straight to the driver as a named prepared statement, for the one or two reads every page view runs
  // (see lib/db/raw.ts): each connection parses and plans it once.
  query: <T>(text: string, params: unknown[]) => Promise<T[]>;
  // A consistent read-only view for long reads. On PostgreSQL: one pooled connection in a REPEATABLE READ
  // transaction, so every page of a download sees the same data. PGlite has a single connection that serves one
  // query at a time, and a transaction there would hold up every other request for the whole download, so its
  // reads go straight to the database and the download bounds its second passes itself.
  snapshot: () => Promise<Snapshot>;
  close: () => Promise<void>;
};

// One handle per process: route bundles and the server share it through globalThis.
const globalKey = Symbol.for("personal-center.db");
type GlobalWithDb = typeof globalThis & { [globalKey]?: Handle };

function open(): Handle {
  if (env.DATABASE_URL) {
    const pool = new Pool({ connectionString: env.DATABASE_URL, max: env.PG_POOL_MAX });
    pool.on("error", (e) => console.error("postgres pool error", e));
    return {
      db: drizzlePg(pool, { schema, casing: "snake_case" }) as unknown as Db,
      driver: "postgres",
      query: async <T>(text: string, values: unknown[]) =>
        (await pool.query({ name: statementName(text), text, values })).rows as T[],
      snapshot: () => pgSnapshot(pool),
      close: () => pool.end(),
    };
  }
  const dir = env.PGLITE_DIR;
  let release = () => {};
  let client: PGliteClient;
  if (process.env[SUPERVISOR_ENV]) {
    // A server process that `npm start` runs: its supervisor holds the database and the folder's claim.
    client = PGliteClient.viaSupervisor();
  } else {
    if (!dir.startsWith("memory://")) {
      mkdirSync(dir, { recursive: true });
      release = claimDataDir(dir);
    }
    client = PGliteClient.onThread(dir);
  }
  return {
    // Drizzle's PGlite driver calls `query` and `transaction`, which the client provides.
    db: drizzlePglite(client as never, { schema, casing: "snake_case" }) as unknown as Db,
    driver: "pglite",
    query: (text, params) => client.hot(text, params),
    snapshot: async () => ({
      rows: async (text, params) => (await client.query(text, params, { rowMode: "array" })).rows as Rows,
      release: async () => {},
    }),
    close: async () => {
      await client.close();
      release();
    },
  };
}

// node-postgres prepares a named statement once per connection; one name per text keeps names unique.
const statementNames = new Map<string, string>();
function statementName(text: string): string {
  let name = statementNames.get(text);
  if (!name) statementNames.set(text, (name = `pc_hot_${statementNames.size + 1}`));
  return name;
}

async function pgSnapshot(pool: Pool): Promise<Snapshot> {
  const client = await pool.connect();
  try {
    await client.query("begin isolation level repeatable read read only");
    await client.query("set local datestyle = 'ISO, YMD'");
  } catch (e) {
    client.release(e as Error);
    throw e;
  }
  let released = false;
  // A COPY whose reader stopped before its end: the connection is in the middle of it and cannot be reused.
  let unfinished: Readable | null = null;
  return {
    rows: async (text, params) => (await client.query<Rows[number]>({ text, values: params, rowMode: "array" })).rows,
    copy: (sql) => {
      const stream = client.query(copyTo(sql));
      unfinished = stream;
      const done = () => {
        if (unfinished === stream) unfinished = null;
      };
      stream.once("end", done).once("error", done);
      return stream;
    },
    release: async () => {
      if (released) return;
      released = true;
      if (unfinished) {
        // Closed rather than returned: PostgreSQL ends the COPY and the transaction when the connection goes.
        unfinished.destroy();
        client.release(new Error("data download stopped during a COPY"));
        return;
      }
      try {
        await client.query("rollback");
        client.release();
      } catch (e) {
        // A connection that cannot end its transaction is not given back to the pool.
        client.release(e as Error);
      }
    },
  };
}

// Opened by whichever request comes first, but not in its async context: the embedded database's thread and
// its message port would keep that request's stores for the life of the process.
export function dbHandle(): Handle {
  const g = globalThis as GlobalWithDb;
  return (g[globalKey] ??= outsideRequests(open));
}

export function getDb(): Db {
  return dbHandle().db;
}

export async function closeDb(): Promise<void> {
  const g = globalThis as GlobalWithDb;
  const handle = g[globalKey];
  delete g[globalKey];
  await handle?.close();
}
