import "server-only";
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { defineAction } from "@/lib/access/action";
import { AppError } from "@/lib/access/errors";
import { users } from "@/lib/db/schema";
import { rememberCookieChoice } from "@/lib/cookies/jar";
import { isChild, type ConsentSource } from "./decide";
import { gpcCovered, type ChoiceKey } from "./keys";
import { consentHistory, loadChoices, withServerClock } from "./queries";
import { setChoiceSchema } from "./schemas";
import { readChoice, writeChoice } from "./write";

export const choicesList = defineAction("privacy.view", z.object({}), async ({ ctx, tx }) => {
  const view = await loadChoices(tx, ctx.subjectId!);
  if (!view) throw new AppError("not_found");
  return withServerClock(view);
});

/**
 * Turns one choice on or off. Consents are the shopper's own word (or their guardian's): the record's source
 * follows from how the request reached the subject. A child's choices are turned on only by a guardian, and
 * turning sharing or advertising on against the browser's Global Privacy Control needs an explicit confirmation,
 * which the record keeps.
 */
export const setChoice = defineAction("consents.update", setChoiceSchema, async ({ input, ctx, tx }) => {
  const subjectId = ctx.subjectId!;
  const key = input.purpose as ChoiceKey;
  const source: ConsentSource = ctx.via === "guardian" ? "guardian" : "self";
  if (input.granted && ctx.via !== "guardian") {
    const [subject] = await tx.select({ birthDate: users.birthDate }).from(users).where(eq(users.id, subjectId));
    if (!subject) throw new AppError("not_found");
    if (isChild(subject.birthDate)) throw new AppError("forbidden", "privacy.errors.childGuardianOnly");
  }
  const overridesGpc = ctx.request.gpc && input.granted && gpcCovered.includes(key);
  if (overridesGpc && input.confirmGpcOverride !== true) {
    throw new AppError("conflict", "privacy.errors.gpcConfirm", {}, undefined, { gpcConfirmation: key });
  }
  const result = await writeChoice(tx, {
    subjectId,
    key,
    granted: input.granted,
    source,
    actorId: ctx.actor!.id,
    ip: ctx.request.ip,
    seq: input.seq,
    gpcOverride: overridesGpc,
  });
  // Chosen on the privacy page, a cookie choice also answers the banner in this browser.
  if (key.startsWith("cookies.") && ctx.via === "self") {
    const [analytics, advertising] = await Promise.all([
      readChoice(tx, subjectId, "cookies.analytics"),
      readChoice(tx, subjectId, "cookies.advertising"),
    ]);
    await rememberCookieChoice({
      analytics: analytics?.granted ?? false,
      advertising: advertising?.granted ?? false,
      gpcOverride: advertising?.gpcOverride ?? false,
      visitor: randomBytes(12).toString("base64url"),
    });
  }
  ctx.note({
    targetType: "consent",
    targetId: key,
    fields: [key],
    detail: { applied: result.applied, changed: result.changed, gpcOverride: overridesGpc },
  });
  return { ...result.state, applied: result.applied };
});

export const consentReceipts = defineAction("consents.receipts", z.object({}), async ({ ctx, tx }) => ({
  subjectId: ctx.subjectId!,
  generatedAt: new Date().toISOString(),
  receipts: await consentHistory(tx, ctx.subjectId!),
}));
