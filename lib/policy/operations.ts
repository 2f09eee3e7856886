import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { defineAction } from "@/lib/access/action";
import { AppError } from "@/lib/access/errors";
import { notifications, policyAcknowledgments, policyVersions } from "@/lib/db/schema";
import { announceMaterialChange } from "./notify";
import { currentPolicy, noteMaterialPublished } from "./queries";
import { acknowledgePolicySchema, publishPolicySchema } from "./schemas";
import { compareVersions } from "./versions";

// Serialises publications, so two officers cannot both publish "the next" version.
const PUBLISH_LOCK = 72_110_005;

export const publishPolicy = defineAction("policy.publish", publishPolicySchema, async ({ input, ctx, tx }) => {
  await tx.execute(sql`select pg_advisory_xact_lock(${PUBLISH_LOCK})`);
  const current = await currentPolicy(tx);
  if (current && compareVersions(input.version, current.version) <= 0) {
    throw new AppError("invalid_input", "errors.invalid_input", {}, { version: ["policyAdmin.notNewer"] });
  }
  await tx.insert(policyVersions).values(input);
  const announced = input.material ? await announceMaterialChange(tx, input) : { notified: 0, emailed: 0 };
  if (input.material) noteMaterialPublished();
  ctx.note({
    targetType: "policy_version",
    targetId: input.version,
    detail: { material: input.material, ...announced },
  });
  return { version: input.version, material: input.material, ...announced };
});

/**
 * Records that the signed-in person read the policy in force. Only the version in force can be acknowledged:
 * a page left open across a newer publication must not acknowledge what the person never saw.
 */
export const acknowledgePolicy = defineAction(
  "policy.acknowledge",
  acknowledgePolicySchema,
  async ({ input, ctx, tx }) => {
    const current = await currentPolicy(tx);
    if (!current || current.version !== input.version) {
      throw new AppError("conflict", "policyBanner.stale", { version: current?.version ?? "-" });
    }
    const userId = ctx.actor!.id;
    await tx.insert(policyAcknowledgments).values({ userId, version: input.version }).onConflictDoNothing();
    // The notices announcing it have served their purpose.
    await tx
      .update(notifications)
      .set({ readAt: sql`now()` })
      .where(and(eq(notifications.userId, userId), eq(notifications.kind, "policy"), isNull(notifications.readAt)));
    ctx.note({ targetType: "policy_version", targetId: input.version });
    return { version: input.version };
  },
);
