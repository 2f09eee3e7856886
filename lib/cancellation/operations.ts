import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { defineAction } from "@/lib/access/action";
import { AppError } from "@/lib/access/errors";
import { assets, cancellations, merchantStores, notifications, users } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { translator } from "@/lib/i18n/translator";
import { appNow } from "@/lib/jobs/clock";
import { deliverSoon } from "@/lib/mail/deliver";
import { enqueueMessage } from "@/lib/mail/outbox";
import { composeMessage } from "@/lib/mail/templates";
import { allMet, evaluateChecklist } from "./checklist";
import { pendingCancellation, toPendingView } from "./queries";
import { emptySchema, startCancellationSchema, storeIdSchema } from "./schemas";

const DAY_MS = 86_400_000;

export const cancellationChecklist = defineAction("cancellation.view", emptySchema, async ({ ctx, tx }) => {
  const [conditions, pending] = await Promise.all([
    evaluateChecklist(tx, ctx.subjectId!),
    pendingCancellation(tx, ctx.subjectId!),
  ]);
  return { conditions, pending: pending ? toPendingView(pending) : null };
});

// Balance, coupons and points can only be given up by the shopper's own word; it is recorded with its time.
export const acceptForfeit = defineAction("cancellation.resolve", emptySchema, async ({ ctx, tx }) => {
  const updated = await tx
    .update(assets)
    .set({ forfeitAcceptedAt: sql`now()` })
    .where(eq(assets.userId, ctx.subjectId!))
    .returning({ userId: assets.userId });
  if (updated.length === 0) throw new AppError("not_found");
  ctx.note({ targetType: "assets" });
  return evaluateChecklist(tx, ctx.subjectId!);
});

export const unbindStore = defineAction("cancellation.resolve", storeIdSchema, async ({ input, ctx, tx }) => {
  const updated = await tx
    .update(merchantStores)
    .set({ status: "unbound" })
    .where(
      and(
        eq(merchantStores.id, input.storeId),
        eq(merchantStores.userId, ctx.subjectId!),
        eq(merchantStores.status, "open"),
      ),
    )
    .returning({ id: merchantStores.id });
  if (updated.length === 0) throw new AppError("not_found");
  ctx.note({ targetType: "merchant_store", targetId: input.storeId });
  return evaluateChecklist(tx, ctx.subjectId!);
});

/**
 * Starts the cooling-off period. The account row is locked first, so the checklist is judged on what holds
 * at this moment (not when the page loaded) and two starts cannot both pass.
 */
export const startCancellation = defineAction("cancellation.start", startCancellationSchema, async ({ ctx, tx }) => {
  const subjectId = ctx.subjectId!;
  const [user] = await tx
    .select({
      status: users.status,
      locale: users.locale,
      username: users.username,
      email: users.email,
      phone: users.phone,
    })
    .from(users)
    .where(eq(users.id, subjectId))
    .for("update");
  if (!user) throw new AppError("not_found");
  if (user.status === "cancellation_pending") throw new AppError("conflict", "cancellation.errors.alreadyPending");
  const conditions = await evaluateChecklist(tx, subjectId);
  if (!allMet(conditions)) {
    throw new AppError("conflict", "cancellation.errors.conditionsUnmet", {}, undefined, {
      conditions,
    });
  }
  const now = await appNow(tx);
  const eraseAfter = new Date(now.getTime() + env.CANCELLATION_COOLING_OFF_DAYS * DAY_MS);
  const [row] = await tx
    .insert(cancellations)
    .values({ userId: subjectId, startedById: ctx.actor!.id, eraseAfter, previousStatus: user.status })
    .returning();
  await tx
    .update(users)
    .set({ status: "cancellation_pending", updatedAt: sql`now()` })
    .where(eq(users.id, subjectId));
  // Written in the shopper's language at the time it happens, like a letter.
  const locale: Locale = isLocale(user.locale) ? user.locale : "en";
  const t = translator(locale);
  const params = { date: formatDate(locale, eraseAfter, "long"), days: env.CANCELLATION_COOLING_OFF_DAYS };
  await tx.insert(notifications).values({
    userId: subjectId,
    kind: "account",
    title: t("cancellation.notification.startedTitle"),
    body: t("cancellation.notification.startedBody", params),
    data: { eraseAfter: eraseAfter.toISOString() },
  });
  // The shopper is told by email (SMS without one), so a cancellation nobody asked for does not go unnoticed.
  const to = user.email
    ? { channel: "email" as const, to: user.email }
    : user.phone
      ? { channel: "sms" as const, to: user.phone }
      : null;
  if (to) {
    const message = composeMessage("cancellationStarted", locale, to.channel, { ...params, username: user.username });
    await enqueueMessage(tx, { userId: subjectId, ...to, ...message });
    ctx.afterCommit(deliverSoon);
  }
  ctx.note({ targetType: "cancellation", targetId: row!.id, detail: { days: env.CANCELLATION_COOLING_OFF_DAYS } });
  return toPendingView(row!);
});

// Withdrawing puts the account back exactly as it was: same status, nothing else was touched while pending.
export const withdrawCancellation = defineAction("cancellation.withdraw", emptySchema, async ({ ctx, tx }) => {
  const subjectId = ctx.subjectId!;
  const pending = await pendingCancellation(tx, subjectId, true);
  if (!pending) throw new AppError("conflict", "cancellation.errors.nothingPending");
  await tx
    .update(cancellations)
    .set({ status: "withdrawn", withdrawnAt: sql`now()` })
    .where(eq(cancellations.id, pending.id));
  await tx
    .update(users)
    .set({ status: pending.previousStatus as typeof users.$inferInsert.status, updatedAt: sql`now()` })
    .where(and(eq(users.id, subjectId), eq(users.status, "cancellation_pending")));
  const [user] = await tx.select({ locale: users.locale }).from(users).where(eq(users.id, subjectId));
  const t = translator(isLocale(user?.locale) ? user.locale : "en");
  await tx.insert(notifications).values({
    userId: subjectId,
    kind: "account",
    title: t("cancellation.notification.withdrawnTitle"),
    body: t("cancellation.notification.withdrawnBody"),
  });
  ctx.note({ targetType: "cancellation", targetId: pending.id });
  return { withdrawn: true };
});
