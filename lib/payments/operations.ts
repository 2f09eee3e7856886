import "server-only";
import { and, eq } from "drizzle-orm";
import { z } from "zod";
import { defineAction } from "@/lib/access/action";
import { AppError } from "@/lib/access/errors";
import { paymentMethods } from "@/lib/db/schema";
import { listCards } from "./queries";
import { cardIdSchema } from "./schemas";

export const cardsList = defineAction("payments.view", z.object({}), async ({ ctx, tx }) =>
  listCards(tx, ctx.subjectId!),
);

// Another shopper's card id matches no row here, so it is "not found" and nothing is removed.
export const removeCard = defineAction("payments.remove", cardIdSchema, async ({ input, ctx, tx }) => {
  const subjectId = ctx.subjectId!;
  const [removed] = await tx
    .delete(paymentMethods)
    .where(and(eq(paymentMethods.id, input.id), eq(paymentMethods.userId, subjectId)))
    .returning({ id: paymentMethods.id });
  if (!removed) throw new AppError("not_found", "payments.notFound");
  ctx.note({ targetType: "payment_method", targetId: removed.id });
  return listCards(tx, subjectId);
});
