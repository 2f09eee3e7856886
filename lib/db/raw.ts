import type { SQL } from "drizzle-orm";
import { dbHandle } from "./client";
import type { DbOrTx } from "./types";

// Both drivers return `{ rows }` from execute(); the shared type cannot say so, this does it once.
export async function queryRows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

// The ORM adds a few promise hops per statement, which inside a Next request (where every promise is tracked
// for async context) cost more than the statement itself; the per-page session and overview reads skip it.
export function hotQuery<T>(text: string, params: unknown[]): Promise<T[]> {
  return dbHandle().query<T>(text, params);
}
