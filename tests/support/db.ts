import { sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";

let tables: string | undefined;

// Empties every table between tests; TRUNCATE is not a row-level UPDATE/DELETE, so the audit trigger allows it.
export async function resetDatabase() {
  const db = getDb();
  if (!tables) {
    const result = (await db.execute(
      sql`select tablename from pg_tables where schemaname = 'public' order by tablename`,
    )) as unknown as { rows: { tablename: string }[] };
    tables = result.rows.map((r) => `"${r.tablename}"`).join(", ");
  }
  await db.execute(sql.raw(`truncate ${tables} restart identity cascade`));
}
