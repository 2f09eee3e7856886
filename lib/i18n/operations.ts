import "server-only";
import { eq } from "drizzle-orm";
import { cookies } from "next/headers";
import { z } from "zod";
import { defineAction } from "@/lib/access/action";
import { users } from "@/lib/db/schema";
import { LOCALE_COOKIE, locales } from "./config";

export const setLocale = defineAction(
  "preferences.setLocale",
  z.object({ locale: z.enum(locales) }),
  async ({ input, ctx, tx }) => {
    // Signed-in people keep the choice on every device; mail to them uses it too.
    if (ctx.actor) {
      await tx.update(users).set({ locale: input.locale }).where(eq(users.id, ctx.actor.id));
      ctx.note({ targetType: "user", targetId: ctx.actor.id, fields: ["locale"] });
    }
    (await cookies()).set(LOCALE_COOKIE, input.locale, { path: "/", maxAge: 365 * 24 * 3600, sameSite: "lax" });
    return { locale: input.locale };
  },
);
