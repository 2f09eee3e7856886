import "server-only";
import { z } from "zod";
import { defineAction } from "@/lib/access/action";
import { verifyAuditChain } from "./verify";

// The officer checks that nobody rewrote the trail: every event's hash links to the one before it.
export const verifyAudit = defineAction("audit.verify", z.object({}), async ({ ctx }) => verifyAuditChain(ctx.db), {
  transaction: false,
});
