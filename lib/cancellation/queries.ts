import "server-only";
import { and, desc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/types";
import { cancellations } from "@/lib/db/schema";

export type PendingCancellation = { id: string; startedAt: string; eraseAfter: string };

export async function pendingCancellation(db: DbOrTx, subjectId: string, lock = false) {
  const query = db
    .select({
      id: cancellations.id,
      startedAt: cancellations.startedAt,
      eraseAfter: cancellations.eraseAfter,
      previousStatus: cancellations.previousStatus,
    })
    .from(cancellations)
    .where(and(eq(cancellations.userId, subjectId), eq(cancellations.status, "pending")))
    .orderBy(desc(cancellations.startedAt))
    .limit(1);
  const [row] = lock ? await query.for("update") : await query;
  return row ?? null;
}

export function toPendingView(row: { id: string; startedAt: Date; eraseAfter: Date }): PendingCancellation {
  return { id: row.id, startedAt: row.startedAt.toISOString(), eraseAfter: row.eraseAfter.toISOString() };
}
