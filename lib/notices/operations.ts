import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { defineAction } from "@/lib/access/action";
import { AppError } from "@/lib/access/errors";
import { notifications } from "@/lib/db/schema";
import { listNotices } from "./queries";

export const noticesList = defineAction("notices.view", z.object({}), async ({ ctx, tx }) =>
  listNotices(tx, ctx.subjectId!),
);

export const markNoticeRead = defineAction(
  "notices.markRead",
  z.strictObject({ id: z.uuid({ error: "validation.invalid" }) }),
  async ({ input, ctx, tx }) => {
    const updated = await tx
      .update(notifications)
      .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
      .where(and(eq(notifications.id, input.id), eq(notifications.userId, ctx.subjectId!)))
      .returning({ id: notifications.id });
    if (updated.length === 0) throw new AppError("not_found");
    ctx.note({ targetType: "notification", targetId: input.id });
    return listNotices(tx, ctx.subjectId!);
  },
);

export const markAllNoticesRead = defineAction("notices.markRead", z.strictObject({}), async ({ ctx, tx }) => {
  const updated = await tx
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(eq(notifications.userId, ctx.subjectId!), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  ctx.note({ targetType: "notification", detail: { count: updated.length } });
  return listNotices(tx, ctx.subjectId!);
});
