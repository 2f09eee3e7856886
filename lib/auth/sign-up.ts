import "server-only";
import type { Db } from "@/lib/db/types";
import { assets, users } from "@/lib/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { recordDefaults } from "@/lib/consent/defaults";
import { AppError } from "@/lib/access/errors";
import { hashPassword } from "./password";
import { ageOn, type SignUpInput } from "./schemas";

export const CHILD_AGE = 14;
export const ADULT_AGE = 18;

// A child under 14 cannot use the account until a guardian consents; older minors can, with protective defaults.
export async function createAccount(db: Db, input: SignUpInput): Promise<{ userId: string; status: string }> {
  const passwordHash = await hashPassword(input.password);
  const status = ageOn(input.birthDate) < CHILD_AGE ? "pending_consent" : "active";
  try {
    return await db.transaction(async (tx) => {
      const [user] = await tx
        .insert(users)
        .values({
          username: input.username,
          nickname: input.username,
          email: input.email ?? null,
          phone: input.phone ?? null,
          passwordHash,
          birthDate: input.birthDate,
          status,
        })
        .returning({ id: users.id });
      await tx.insert(assets).values({ userId: user!.id });
      await recordDefaults(tx, user!.id, input.birthDate);
      await recordAudit(tx, {
        operation: "auth.signUp",
        actorId: user!.id,
        subjectId: user!.id,
        via: "self",
        targetType: "user",
        targetId: user!.id,
      });
      return { userId: user!.id, status };
    });
  } catch (e) {
    const constraint =
      (e as { constraint?: string; cause?: { constraint?: string } }).constraint ??
      (e as { cause?: { constraint?: string } }).cause?.constraint;
    const field = { users_username_key: "username", users_email_key: "email", users_phone_key: "phone" }[
      constraint ?? ""
    ];
    if (field) throw new AppError("conflict", "errors.conflict", {}, { [field]: [`validation.taken.${field}`] });
    throw e;
  }
}
