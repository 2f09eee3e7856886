import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { defineAction } from "@/lib/access/action";
import { AppError } from "@/lib/access/errors";
import { browsingEvents, interestTags, searchEvents } from "@/lib/db/schema";
import { clearHistorySchema, deleteInterestTagSchema } from "./schemas";

/** Deletes every browsing or search record of the subject and says how many went. */
export const clearHistory = defineAction("history.clear", clearHistorySchema, async ({ input, ctx, tx }) => {
  const table = input.kind === "browsing" ? browsingEvents : searchEvents;
  const result = (await tx.execute(
    sql`with gone as (delete from ${table} where ${table.userId} = ${ctx.subjectId!} returning 1) select count(*)::int as n from gone`,
  )) as unknown as { rows: { n: number }[] };
  const removed = Number(result.rows[0]?.n ?? 0);
  ctx.note({ targetType: `${input.kind}_history`, detail: { removed } });
  return { kind: input.kind, removed };
});

export const deleteInterestTag = defineAction(
  "interestTags.delete",
  deleteInterestTagSchema,
  async ({ input, ctx, tx }) => {
    const deleted = await tx
      .delete(interestTags)
      .where(and(eq(interestTags.id, input.id), eq(interestTags.userId, ctx.subjectId!)))
      .returning({ id: interestTags.id });
    if (deleted.length === 0) throw new AppError("not_found");
    ctx.note({ targetType: "interest_tag", targetId: input.id });
    return { id: input.id };
  },
);
