import "server-only";
import { and, count, eq } from "drizzle-orm";
import { z } from "zod";
import { defineAction } from "@/lib/access/action";
import { AppError } from "@/lib/access/errors";
import { linkedLogins } from "@/lib/db/schema";
import { hasPassword, listLogins } from "./queries";
import { loginIdSchema } from "./schemas";

export const loginsList = defineAction("logins.view", z.object({}), async ({ ctx, tx }) =>
  listLogins(tx, ctx.subjectId!),
);

/**
 * Unbinds one linked login, unless it is the last way left to sign in (no password, no other login):
 * the account would be locked for good. The user row is locked first, so two unbinds sent at once
 * cannot each see the other login still there.
 */
export const unbindLogin = defineAction("logins.unbind", loginIdSchema, async ({ input, ctx, tx }) => {
  const subjectId = ctx.subjectId!;
  const password = await hasPassword(tx, subjectId, true);
  const mine = and(eq(linkedLogins.id, input.id), eq(linkedLogins.userId, subjectId));
  const [target] = await tx.select({ provider: linkedLogins.provider }).from(linkedLogins).where(mine);
  if (!target) throw new AppError("not_found", "logins.notFound");
  if (!password) {
    const [{ n }] = (await tx.select({ n: count() }).from(linkedLogins).where(eq(linkedLogins.userId, subjectId))) as [
      { n: number },
    ];
    if (n <= 1) throw new AppError("conflict", "logins.lastWayRefused");
  }
  await tx.delete(linkedLogins).where(mine);
  ctx.note({ targetType: "linked_login", targetId: input.id, detail: { provider: target.provider } });
  return listLogins(tx, subjectId);
});
