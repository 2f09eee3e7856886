import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { defineAction } from "@/lib/access/action";
import { AppError } from "@/lib/access/errors";
import { users } from "@/lib/db/schema";
import { ageOn } from "@/lib/auth/schemas";
import { ADULT_AGE, CHILD_AGE } from "@/lib/auth/sign-up";
import { loadProfile } from "./queries";
import { updateProfileSchema } from "./schemas";

const ageBand = (birthDate: string | null) => {
  if (!birthDate) return "unknown";
  const age = ageOn(birthDate);
  return age < CHILD_AGE ? "child" : age < ADULT_AGE ? "minor" : "adult";
};

/**
 * Saves the profile only if nobody changed it since the form was loaded (the version it carries);
 * otherwise refuses with the fresh values so the person can compare, and nothing is lost.
 */
export const updateProfile = defineAction("profile.update", updateProfileSchema, async ({ input, ctx, tx }) => {
  const current = await loadProfile(tx, ctx.subjectId!);
  if (!current) throw new AppError("not_found");
  if (current.version !== input.version) {
    throw new AppError("conflict", "profile.changedElsewhere", {}, undefined, current);
  }
  // Crossing 14 or 18 changes which protections and whose consent apply: that needs a person, not a form.
  const birthDate = input.birthDate ?? null;
  if (current.birthDate && birthDate !== current.birthDate && ageBand(birthDate) !== ageBand(current.birthDate)) {
    throw new AppError("invalid_input", "errors.invalid_input", {}, { birthDate: ["validation.birthBand"] });
  }
  const changed = (
    [
      ["nickname", input.nickname !== current.nickname],
      ["gender", (input.gender ?? null) !== current.gender],
      ["birthDate", birthDate !== current.birthDate],
      ["interests", input.interests.join("\n") !== current.interests.join("\n")],
    ] as const
  )
    .filter(([, differs]) => differs)
    .map(([field]) => field);
  const [saved] = await tx
    .update(users)
    .set({
      nickname: input.nickname,
      gender: input.gender ?? null,
      birthDate,
      interests: input.interests,
      version: sql`${users.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(users.id, ctx.subjectId!), eq(users.version, input.version)))
    .returning({ version: users.version });
  // Another save slipped in between the read and this write.
  if (!saved)
    throw new AppError("conflict", "profile.changedElsewhere", {}, undefined, await loadProfile(tx, ctx.subjectId!));
  ctx.note({ targetType: "user", targetId: ctx.subjectId!, fields: changed });
  return {
    ...current,
    nickname: input.nickname,
    gender: input.gender ?? null,
    birthDate,
    interests: input.interests,
    version: saved.version,
  };
});
