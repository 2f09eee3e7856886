import "server-only";
import { eq, sql } from "drizzle-orm";
import { defineAction } from "@/lib/access/action";
import { AppError } from "@/lib/access/errors";
import { identities, privacyRequests, requestEvents } from "@/lib/db/schema";
import { CORRECTION_DUE_DAYS, IDENTITY_CATEGORY, openCorrection } from "./queries";
import { requestCorrectionSchema } from "./schemas";

/**
 * Files a request for a person to correct the real-name identity; the identity itself is never edited here.
 * One open correction at a time: a second would only split the reviewer's answer in two.
 */
export const requestIdentityCorrection = defineAction(
  "identity.requestCorrection",
  requestCorrectionSchema,
  async ({ input, ctx, tx }) => {
    const subjectId = ctx.subjectId!;
    // Locking the identity row serialises two requests sent at once, so only one can be filed.
    const [identity] = await tx
      .select({ userId: identities.userId })
      .from(identities)
      .where(eq(identities.userId, subjectId))
      .for("update");
    if (!identity) throw new AppError("not_found", "identity.noneToCorrect");
    if (await openCorrection(tx, subjectId)) throw new AppError("conflict", "identity.correctionOpen");
    const [request] = await tx
      .insert(privacyRequests)
      .values({
        userId: subjectId,
        type: "correction",
        category: IDENTITY_CATEGORY,
        summary: input.details,
        filedById: ctx.actor!.id,
        dueAt: sql`now() + make_interval(days => ${CORRECTION_DUE_DAYS})`,
      })
      .returning({ id: privacyRequests.id });
    await tx.insert(requestEvents).values({ requestId: request!.id, status: "open", actorId: ctx.actor!.id });
    ctx.note({
      targetType: "privacy_request",
      targetId: request!.id,
      detail: { type: "correction", category: "identity" },
    });
    return (await openCorrection(tx, subjectId))!;
  },
);
