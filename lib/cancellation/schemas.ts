import { z } from "zod";

const uuid = z.uuid({ error: "validation.invalid" });

export const startCancellationSchema = z.object({
  // The shopper says they read the notice; the server does not take a missing tick for a yes.
  confirmRead: z.literal(["on", "true", true], { error: "validation.confirmCancelNotice" }),
});

export const storeIdSchema = z.object({ storeId: uuid });
export const emptySchema = z.object({});
