import "server-only";
import { and, eq, isNull, ne, sql } from "drizzle-orm";
import { z } from "zod";
import { defineAction } from "@/lib/access/action";
import { AppError } from "@/lib/access/errors";
import { sessions } from "@/lib/db/schema";
import { listSessions } from "./queries";

export const sessionsList = defineAction("sessions.view", z.object({}), async ({ ctx, tx }) =>
  listSessions(tx, ctx.subjectId!, ctx.actor!.sessionId),
);

// Takes effect on that session's next request: every request reads the session row.
export const revokeSession = defineAction(
  "sessions.revoke",
  z.object({ sessionId: z.uuid({ error: "validation.invalid" }) }),
  async ({ input, ctx, tx }) => {
    if (input.sessionId === ctx.actor!.sessionId) throw new AppError("conflict", "security.cannotRevokeCurrent");
    const revoked = await tx
      .update(sessions)
      .set({ revokedAt: sql`now()`, revokedReason: "revoked_by_user" })
      .where(and(eq(sessions.id, input.sessionId), eq(sessions.userId, ctx.subjectId!), isNull(sessions.revokedAt)))
      .returning({ id: sessions.id });
    if (revoked.length === 0) throw new AppError("not_found");
    ctx.note({ targetType: "session", targetId: input.sessionId });
    return { revoked: 1 };
  },
);

export const revokeOtherSessions = defineAction("sessions.revoke", z.object({}), async ({ ctx, tx }) => {
  const revoked = await tx
    .update(sessions)
    .set({ revokedAt: sql`now()`, revokedReason: "revoked_by_user" })
    .where(and(eq(sessions.userId, ctx.subjectId!), ne(sessions.id, ctx.actor!.sessionId), isNull(sessions.revokedAt)))
    .returning({ id: sessions.id });
  ctx.note({ targetType: "session", detail: { count: revoked.length, scope: "others" } });
  return { revoked: revoked.length };
});
