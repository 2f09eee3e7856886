import "server-only";
import { z } from "zod";
import { defineAction } from "@/lib/access/action";
import { AppError } from "@/lib/access/errors";
import { env } from "@/lib/env";
import { advanceClock, appNow } from "./clock";
import { runPass } from "./loop";

export const advanceClockSchema = z.object({
  days: z.coerce.number({ error: "validation.invalid" }).int().min(1).max(3650),
});

// The test clock's controls exist only where the deployment turned it on; elsewhere they are not found.
function requireTestClock() {
  if (!env.TEST_CLOCK) throw new AppError("not_found");
}

export const advanceTestClock = defineAction("dev.clock", advanceClockSchema, async ({ input, tx }) => {
  requireTestClock();
  await advanceClock(tx, input.days * 86_400);
  return { now: (await appNow(tx)).toISOString() };
});

// Runs outside the action's transaction: each job opens its own, exactly as the scheduler does.
export const runJobsNow = defineAction(
  "dev.clock",
  z.object({}),
  async () => {
    requireTestClock();
    const report = await runPass();
    if (!report) throw new AppError("conflict", "devClock.busy");
    return report;
  },
  { transaction: false },
);
