import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/types";
import type { Reader } from "./types";

// "$1"-style text and parameters as a Drizzle query, so registry queries can run inside an action's transaction.
function toSql(text: string, params: unknown[]): SQL {
  const parts = text.split(/\$(\d+)/);
  return sql.join(parts.map((part, i) => (i % 2 ? sql`${params[Number(part) - 1]}` : sql.raw(part))));
}

/**
 * Registry reads through Drizzle (inside a transaction, or the shared database), for counts and small reads.
 * The download itself uses the driver's snapshot (lib/db/client.ts), which returns rows as arrays directly.
 */
export function drizzleReader(db: DbOrTx): Reader {
  return {
    rows: async (text, params) => {
      const result = (await db.execute(toSql(text, params))) as unknown as { rows: Record<string, string | null>[] };
      return result.rows.map((r) => Object.values(r));
    },
  };
}
