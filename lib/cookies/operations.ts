import "server-only";
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { defineAction } from "@/lib/access/action";
import { AppError } from "@/lib/access/errors";
import { users } from "@/lib/db/schema";
import { isChild } from "@/lib/consent/decide";
import { writeChoice } from "@/lib/consent/write";
import { parseCookieChoice, type CookieChoice } from "./choice";
import { rememberCookieChoice } from "./jar";

export const chooseCookiesSchema = z.strictObject({
  analytics: z.boolean({ error: "validation.wrongType" }),
  advertising: z.boolean({ error: "validation.wrongType" }),
  confirmGpcOverride: z.boolean({ error: "validation.wrongType" }).optional(),
  // The visitor id already in the browser's choice cookie, if any, so one browser keeps one id.
  previous: z.string().max(200).optional(),
});

/**
 * The cookie banner's choice. The browser keeps it in a cookie; a signed-in person's choice is also a consent
 * record for them. The audit trail keeps every choice with the GPC signal and whether it was overridden, so an
 * override confirmed by a visitor who is not signed in is recorded too (by visitor id, not by identity).
 */
export const chooseCookies = defineAction("cookies.choose", chooseCookiesSchema, async ({ input, ctx, tx }) => {
  const gpcOverride = ctx.request.gpc && input.advertising;
  if (gpcOverride && input.confirmGpcOverride !== true) {
    throw new AppError("conflict", "privacy.errors.gpcConfirm", {}, undefined, {
      gpcConfirmation: "cookies.advertising",
    });
  }
  const choice: CookieChoice = {
    analytics: input.analytics,
    advertising: input.advertising,
    gpcOverride,
    visitor: parseCookieChoice(input.previous)?.visitor ?? randomBytes(12).toString("base64url"),
  };
  if (ctx.actor) {
    const me = ctx.actor.id;
    if (input.analytics || input.advertising) {
      const [row] = await tx.select({ birthDate: users.birthDate }).from(users).where(eq(users.id, me));
      if (row && isChild(row.birthDate)) throw new AppError("forbidden", "privacy.errors.childGuardianOnly");
    }
    const seq = Date.now();
    const common = { subjectId: me, source: "self" as const, actorId: me, ip: ctx.request.ip };
    await writeChoice(tx, { ...common, key: "cookies.analytics", granted: input.analytics, seq });
    await writeChoice(tx, { ...common, key: "cookies.advertising", granted: input.advertising, seq, gpcOverride });
  }
  ctx.note({
    targetType: "cookie_choice",
    targetId: choice.visitor,
    detail: { analytics: input.analytics, advertising: input.advertising, gpc: ctx.request.gpc, gpcOverride },
  });
  await rememberCookieChoice(choice);
  return choice;
});
