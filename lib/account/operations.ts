import "server-only";
import { eq } from "drizzle-orm";
import { z } from "zod";
import { defineAction } from "@/lib/access/action";
import { AppError } from "@/lib/access/errors";
import { users } from "@/lib/db/schema";

// Showing a masked value in full needs a recent sign-in, and the trail records which field was shown.
export const revealContact = defineAction(
  "account.revealContact",
  z.object({ field: z.enum(["email", "phone"]) }),
  async ({ input, ctx, tx }) => {
    const [row] = await tx.select({ value: users[input.field] }).from(users).where(eq(users.id, ctx.subjectId!));
    if (!row?.value) throw new AppError("not_found");
    ctx.note({ targetType: "user", targetId: ctx.subjectId!, fields: [input.field] });
    return { value: row.value };
  },
);
