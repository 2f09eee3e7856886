import type { SQL } from "drizzle-orm";
import type { DbOrTx } from "./types";

// Both drivers return `{ rows }` from execute(); the shared type cannot say so, this does it once.
export async function queryRows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
