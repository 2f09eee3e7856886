import "server-only";
import { and, asc, eq, inArray, lte, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import type { Db } from "@/lib/db/types";
import { mailOutbox } from "@/lib/db/schema";
import { configuredTransport, type Transport } from "./transport";

// A claimed row is left alone this long; if its sender died mid-send, another instance takes it afterwards.
const LEASE_SECONDS = 300;
const MAX_ATTEMPTS = 5;
const SWEEP_MS = 30_000;

export type DeliveryReport = { sent: number; retrying: number; failed: number };

/**
 * Delivers what is due. Rows are claimed by one atomic UPDATE over a `FOR UPDATE SKIP LOCKED` selection that
 * also moves them out of reach for a lease, so any number of instances can run this at once without sending
 * a row twice; the sending itself happens outside any transaction.
 */
export async function deliverPending(db: Db, transport: Transport, batch = 20): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0 };
  const smsDeliverable = transport.smsAddress("0") !== null;
  const due = db
    .select({ id: mailOutbox.id })
    .from(mailOutbox)
    .where(
      and(
        eq(mailOutbox.status, "queued"),
        lte(mailOutbox.availableAt, sql`now()`),
        // Without an SMS route, SMS rows stay queued (and readable in the dev mailbox).
        smsDeliverable ? undefined : eq(mailOutbox.channel, "email"),
      ),
    )
    .orderBy(asc(mailOutbox.createdAt))
    .limit(batch)
    .for("update", { skipLocked: true });
  const claimed = await db
    .update(mailOutbox)
    .set({
      attempts: sql`${mailOutbox.attempts} + 1`,
      availableAt: sql`now() + make_interval(secs => ${LEASE_SECONDS})`,
    })
    .where(and(inArray(mailOutbox.id, due), eq(mailOutbox.status, "queued")))
    .returning();

  for (const row of claimed) {
    const to = row.channel === "sms" ? transport.smsAddress(row.toAddress) : row.toAddress;
    try {
      if (!to) throw new Error("no route for this channel");
      await transport.send({ to, subject: row.subject, text: row.body });
      await db
        .update(mailOutbox)
        .set({ status: "sent", sentAt: sql`now()`, lastError: null })
        .where(eq(mailOutbox.id, row.id));
      report.sent++;
    } catch (e) {
      const giveUp = row.attempts >= MAX_ATTEMPTS;
      // The transport's message only (never the SMTP URL, which may hold a password).
      const lastError = (e instanceof Error ? e.message : String(e)).slice(0, 500);
      await db
        .update(mailOutbox)
        .set(
          giveUp
            ? { status: "failed", lastError }
            : { lastError, availableAt: sql`now() + make_interval(mins => ${row.attempts * row.attempts})` },
        )
        .where(eq(mailOutbox.id, row.id));
      if (giveUp) report.failed++;
      else report.retrying++;
    }
  }
  return report;
}

// Per process (route bundles share it through globalThis): one delivery run at a time, plus a sweep for retries.
const stateKey = Symbol.for("personal-center.mail-delivery");
type State = { running: boolean; again: boolean; timer: ReturnType<typeof setInterval> | null };
function state(): State {
  const g = globalThis as typeof globalThis & { [stateKey]?: State };
  return (g[stateKey] ??= { running: false, again: false, timer: null });
}

/**
 * Asks for delivery now; called after a transaction that queued mail has committed. Without a transport
 * (no SMTP_URL) it does nothing: the messages wait in the outbox, where the dev mailbox shows them.
 */
export function deliverSoon(): void {
  const transport = configuredTransport();
  if (!transport) return;
  startDeliveryLoop();
  const s = state();
  if (s.running) {
    s.again = true;
    return;
  }
  s.running = true;
  void (async () => {
    try {
      do {
        s.again = false;
        await deliverPending(getDb(), transport);
      } while (s.again);
    } catch (e) {
      console.error("mail delivery failed", e);
    } finally {
      s.running = false;
    }
  })();
}

/** A sweep every 30 s picks up retries and rows another instance left; it never keeps the process alive. */
export function startDeliveryLoop(): void {
  const s = state();
  if (s.timer || !configuredTransport()) return;
  s.timer = setInterval(deliverSoon, SWEEP_MS);
  s.timer.unref();
}

/** Stops this process's sweep (tests, and a host that shuts down cleanly). */
export function stopDeliveryLoop(): void {
  const s = state();
  if (s.timer) clearInterval(s.timer);
  s.timer = null;
}
