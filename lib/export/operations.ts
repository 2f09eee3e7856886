import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { z } from "zod";
import { defineAction } from "@/lib/access/action";
import { AppError } from "@/lib/access/errors";
import { countAll } from "@/lib/data-map/registry";
import { drizzleReader } from "@/lib/data-map/reader";
import { exportLinks } from "@/lib/db/schema";
import { env } from "@/lib/env";
import { formatDate } from "@/lib/i18n/format";
import { dailyQuota, hashToken, listLinks, newToken } from "./links";
import { exportSelectionSchema, linkIdSchema, rangeOf, selectionQuery } from "./schemas";

export const exportLinksList = defineAction("data.view", z.object({}), async ({ ctx, tx }) => ({
  links: await listLinks(tx, ctx.subjectId!),
  quota: await dailyQuota(tx, ctx.subjectId!),
}));

/**
 * Prepares a personal, short-lived link to one archive of the chosen data. Needs a recent sign-in (policy);
 * the archive itself is produced only when the link is used, as it is downloaded.
 */
export const createExportLink = defineAction("data.export", exportSelectionSchema, async ({ input, ctx, tx }) => {
  const subjectId = ctx.subjectId!;
  // Serialises two requests sent at once, so the daily limit holds.
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('export:' || ${subjectId}))`);
  const quota = await dailyQuota(tx, subjectId);
  if (quota.nextAt) {
    throw new AppError("rate_limited", "data.dailyLimit", {
      limit: quota.limit,
      time: formatDate(ctx.request.locale, new Date(quota.nextAt), "dateTime"),
    });
  }
  const counts = await countAll(drizzleReader(tx), subjectId, rangeOf(input), input.categories);
  const expectedRows = Object.values(counts).reduce((a, b) => a + b, 0);
  const token = newToken();
  const [link] = await tx
    .insert(exportLinks)
    .values({
      tokenHash: hashToken(token),
      subjectId,
      actorId: ctx.actor!.id,
      categories: input.categories,
      fromDate: input.from ?? null,
      toDate: input.to ?? null,
      expectedRows,
      expiresAt: sql`now() + make_interval(mins => ${env.EXPORT_LINK_MINUTES})`,
    })
    .returning({ id: exportLinks.id, expiresAt: exportLinks.expiresAt });
  ctx.note({
    targetType: "export_link",
    targetId: link!.id,
    detail: { categories: input.categories.length, from: input.from ?? null, to: input.to ?? null, rows: expectedRows },
  });
  return {
    id: link!.id,
    url: `/api/exports/${token}?${selectionQuery(input)}`,
    expiresAt: link!.expiresAt.toISOString(),
    expectedRows,
    categories: input.categories,
  };
});

export const revokeExportLink = defineAction("data.revokeLink", linkIdSchema, async ({ input, ctx, tx }) => {
  const revoked = await tx
    .update(exportLinks)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(exportLinks.id, input.id), eq(exportLinks.subjectId, ctx.subjectId!), isNull(exportLinks.revokedAt)))
    .returning({ id: exportLinks.id });
  if (revoked.length === 0) throw new AppError("not_found");
  ctx.note({ targetType: "export_link", targetId: input.id });
  return { links: await listLinks(tx, ctx.subjectId!), quota: await dailyQuota(tx, ctx.subjectId!) };
});
