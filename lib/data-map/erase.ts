import { sql } from "drizzle-orm";
import type { Tx } from "@/lib/db/types";

async function countOf(tx: Tx, statement: ReturnType<typeof sql>): Promise<number> {
  const result = (await tx.execute(statement)) as unknown as { rows: { n: number | string }[] };
  return Number(result.rows[0]?.n ?? 0);
}

/** Deletes the subject's rows of one table (static names only) and says how many went. */
export function deleteOwned(tx: Tx, table: string, owner: string, subjectId: string): Promise<number> {
  return countOf(
    tx,
    sql`with d as (delete from ${sql.identifier(table)} where ${sql.identifier(owner)} = ${subjectId} returning 1)
        select count(*)::int as n from d`,
  );
}

/** Runs an UPDATE or DELETE ... RETURNING 1 and says how many rows it changed. */
export function changedCount(tx: Tx, update: ReturnType<typeof sql>): Promise<number> {
  return countOf(tx, sql`with u as (${update}) select count(*)::int as n from u`);
}
