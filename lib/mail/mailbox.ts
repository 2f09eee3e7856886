import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/types";
import { mailOutbox } from "@/lib/db/schema";
import { env } from "@/lib/env";

// The mailbox shows every message with its codes: never in production unless a deployment asks for it.
export function mailboxEnabled(): boolean {
  return env.DEV_MAILBOX ?? env.NODE_ENV !== "production";
}

export type MailboxEntry = {
  id: string;
  channel: "email" | "sms";
  to: string;
  subject: string;
  body: string;
  status: "queued" | "sent" | "failed";
  createdAt: Date;
};

/** The newest messages first, optionally only those to one address (as typed: case and spaces ignored). */
export async function listMailbox(db: DbOrTx, to?: string, limit = 50): Promise<MailboxEntry[]> {
  const typed = to?.trim().toLowerCase();
  // Numbers are kept without the spaces and dashes people type; email addresses may contain dashes.
  const address = typed && !typed.includes("@") ? typed.replace(/[\s-]/g, "") : typed;
  return db
    .select({
      id: mailOutbox.id,
      channel: mailOutbox.channel,
      to: mailOutbox.toAddress,
      subject: mailOutbox.subject,
      body: mailOutbox.body,
      status: mailOutbox.status,
      createdAt: mailOutbox.createdAt,
    })
    .from(mailOutbox)
    .where(address ? eq(sql`lower(${mailOutbox.toAddress})`, address) : undefined)
    .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
    .limit(limit);
}
