import "server-only";
import type { DbOrTx } from "@/lib/db/types";
import { mailOutbox } from "@/lib/db/schema";

export type OutboundMessage = {
  userId: string | null;
  channel: "email" | "sms";
  to: string;
  subject: string;
  body: string;
};

/**
 * Queues a message in the caller's transaction: it exists only if what it announces was committed.
 * Delivery happens later, outside the transaction (see deliver.ts).
 */
export async function enqueueMessage(tx: DbOrTx, message: OutboundMessage): Promise<string> {
  const [row] = await tx
    .insert(mailOutbox)
    .values({
      userId: message.userId,
      channel: message.channel,
      toAddress: message.to,
      subject: message.subject,
      body: message.body,
    })
    .returning({ id: mailOutbox.id });
  return row!.id;
}
