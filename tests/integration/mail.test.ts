import { createServer } from "node:net";
import { createInterface } from "node:readline";
import { sql } from "drizzle-orm";
import { z } from "zod";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { defineAction, runAction } from "@/lib/access/action";
import { AppError } from "@/lib/access/errors";
import { env } from "@/lib/env";
import { mailOutbox } from "@/lib/db/schema";
import { enqueueMessage, type OutboundMessage } from "@/lib/mail/outbox";
import { deliverPending, stopDeliveryLoop } from "@/lib/mail/deliver";
import { requestContactChange } from "@/lib/contact/operations";
import { listMailbox, mailboxEnabled } from "@/lib/mail/mailbox";
import { smtpTransport, overrideTransport, type Transport } from "@/lib/mail/transport";
import { createSession, createUser, requestAs } from "../support/factories";

const db = () => getDb();
const email = (to: string, subject = "Hello"): OutboundMessage => ({
  userId: null,
  channel: "email",
  to,
  subject,
  body: `Body for ${to}`,
});
const outbox = async () => db().select().from(mailOutbox).orderBy(mailOutbox.createdAt);

function fakeTransport(opts: { sms?: boolean; fail?: boolean } = {}) {
  const sent: { to: string; subject: string; text: string }[] = [];
  const transport: Transport = {
    send: async (m) => {
      await new Promise((r) => setTimeout(r, 5));
      if (opts.fail) throw new Error("550 mailbox unavailable");
      sent.push(m);
    },
    smsAddress: (phone) => (opts.sms ? `${phone}@sms.example.net` : null),
  };
  return { transport, sent };
}

describe("the outbox", () => {
  it("queues in the caller's transaction: a rolled-back action leaves no message", async () => {
    const user = await createUser();
    const failing = defineAction("account.view", z.object({}), async ({ tx }) => {
      await enqueueMessage(tx, email("ghost@example.com"));
      throw new AppError("conflict");
    });
    expect((await runAction(failing, {}, requestAs(await createSession(user.id)))).ok).toBe(false);
    expect(await outbox()).toHaveLength(0);
  });

  it("runs after-commit tasks only once the transaction has committed", async () => {
    const user = await createUser();
    const seen: number[] = [];
    const action = (fail: boolean) =>
      defineAction("account.view", z.object({}), async ({ ctx, tx }) => {
        await enqueueMessage(tx, email("after@example.com"));
        ctx.afterCommit(async () => {
          // Visible from outside the transaction: it has committed.
          seen.push((await db().select().from(mailOutbox)).length);
        });
        if (fail) throw new AppError("conflict");
        return {};
      });
    const as = requestAs(await createSession(user.id));
    await runAction(action(true), {}, as);
    await runAction(action(false), {}, as);
    await new Promise((r) => setTimeout(r, 50));
    expect(seen).toEqual([1]);
  });
});

describe("delivery", () => {
  it("sends queued email, marks it sent, and leaves SMS queued when there is no SMS route", async () => {
    await enqueueMessage(db(), email("a@example.com"));
    await enqueueMessage(db(), { ...email("13800000000"), channel: "sms" });
    const { transport, sent } = fakeTransport();
    expect(await deliverPending(db(), transport)).toEqual({ sent: 1, retrying: 0, failed: 0 });
    expect(sent).toEqual([{ to: "a@example.com", subject: "Hello", text: "Body for a@example.com" }]);
    const rows = await outbox();
    expect(rows.find((r) => r.channel === "email")).toMatchObject({ status: "sent", attempts: 1 });
    expect(rows.find((r) => r.channel === "sms")).toMatchObject({ status: "queued", attempts: 0 });
    // Nothing is sent twice.
    expect(await deliverPending(db(), transport)).toEqual({ sent: 0, retrying: 0, failed: 0 });
  });

  it("delivers what an action queued right after its commit, in the background", async () => {
    const { transport, sent } = fakeTransport();
    overrideTransport(transport);
    try {
      const user = await createUser();
      const result = await runAction(
        requestContactChange,
        { channel: "email", value: "background@example.com" },
        requestAs(await createSession(user.id)),
      );
      expect(result.ok).toBe(true);
      await expect.poll(() => sent.map((m) => m.to), { timeout: 5000 }).toEqual(["background@example.com"]);
      await expect.poll(async () => (await outbox())[0]?.status).toBe("sent");
    } finally {
      stopDeliveryLoop();
      overrideTransport(undefined);
    }
  });

  it("sends SMS through an email-to-SMS gateway when one is configured", async () => {
    await enqueueMessage(db(), { ...email("+8613800000000"), channel: "sms" });
    const { transport, sent } = fakeTransport({ sms: true });
    await deliverPending(db(), transport);
    expect(sent.map((m) => m.to)).toEqual(["+8613800000000@sms.example.net"]);
  });

  it("never sends a row twice when several senders run at once", async () => {
    for (let i = 0; i < 30; i++) await enqueueMessage(db(), email(`bulk${i}@example.com`));
    const { transport, sent } = fakeTransport();
    await Promise.all([
      deliverPending(db(), transport, 7),
      deliverPending(db(), transport, 7),
      deliverPending(db(), transport, 7),
    ]);
    while ((await deliverPending(db(), transport, 7)).sent > 0);
    expect(sent).toHaveLength(30);
    expect(new Set(sent.map((m) => m.to)).size).toBe(30);
  });

  it("a claimed row is left alone by other senders until its lease ends", async () => {
    await enqueueMessage(db(), email("leased@example.com"));
    await db()
      .update(mailOutbox)
      .set({ availableAt: sql`now() + interval '5 minutes'` });
    const { transport, sent } = fakeTransport();
    await deliverPending(db(), transport);
    expect(sent).toHaveLength(0);
    await db()
      .update(mailOutbox)
      .set({ availableAt: sql`now() - interval '1 second'` });
    await deliverPending(db(), transport);
    expect(sent).toHaveLength(1);
  });

  it("retries a failure later with the transport's reason, and gives up after five attempts", async () => {
    await enqueueMessage(db(), email("bounce@example.com"));
    const { transport } = fakeTransport({ fail: true });
    expect(await deliverPending(db(), transport)).toEqual({ sent: 0, retrying: 1, failed: 0 });
    let [row] = await outbox();
    expect(row).toMatchObject({ status: "queued", attempts: 1, lastError: "550 mailbox unavailable" });
    expect(row!.availableAt.getTime()).toBeGreaterThan(Date.now());
    for (let i = 2; i <= 5; i++) {
      await db()
        .update(mailOutbox)
        .set({ availableAt: sql`now() - interval '1 second'` });
      await deliverPending(db(), transport);
    }
    [row] = await outbox();
    expect(row).toMatchObject({ status: "failed", attempts: 5 });
  });

  it("speaks SMTP through nodemailer to the server in SMTP_URL", async () => {
    const received: string[] = [];
    // Just enough of an SMTP server to receive one message.
    const server = createServer((socket) => {
      let data: string[] | null = null;
      socket.write("220 test ESMTP\r\n");
      createInterface({ input: socket, crlfDelay: Infinity }).on("line", (line) => {
        if (data) {
          if (line !== ".") return void data.push(line);
          received.push(data.join("\n"));
          data = null;
          return void socket.write("250 queued\r\n");
        }
        if (/^(EHLO|HELO)/i.test(line)) socket.write("250 test\r\n");
        else if (/^DATA/i.test(line)) {
          data = [];
          socket.write("354 go ahead\r\n");
        } else if (/^QUIT/i.test(line)) socket.end("221 bye\r\n");
        else socket.write("250 ok\r\n");
      });
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const port = (server.address() as { port: number }).port;
    try {
      await enqueueMessage(db(), email("smtp@example.com", "Über SMTP"));
      const transport = smtpTransport(`smtp://127.0.0.1:${port}`, "Personal Center <no-reply@shop.test>");
      expect(await deliverPending(db(), transport)).toMatchObject({ sent: 1 });
      expect(received).toHaveLength(1);
      expect(received[0]).toMatch(/To: smtp@example\.com/);
      expect(received[0]).toMatch(/From: Personal Center <no-reply@shop\.test>/);
      expect(received[0]).toContain("Body for smtp@example.com");
    } finally {
      server.close();
    }
  });
});

describe("the development mailbox", () => {
  it("lists newest first, filtered by recipient as typed", async () => {
    await enqueueMessage(db(), email("one-a@example.com", "first"));
    await db()
      .update(mailOutbox)
      .set({ createdAt: sql`now() - interval '1 minute'` });
    await enqueueMessage(db(), email("two@example.com", "second"));
    await enqueueMessage(db(), { ...email("13900001234", "sms"), channel: "sms" });
    const all = await listMailbox(db());
    expect(all.map((m) => m.subject)).toEqual(expect.arrayContaining(["first", "second", "sms"]));
    expect(all.at(-1)!.subject).toBe("first");
    expect((await listMailbox(db(), " ONE-a@example.com ")).map((m) => m.subject)).toEqual(["first"]);
    expect((await listMailbox(db(), "139 0000 1234")).map((m) => m.subject)).toEqual(["sms"]);
  });

  it("is off in production unless DEV_MAILBOX=true, and on elsewhere unless turned off", () => {
    const saved = { NODE_ENV: env.NODE_ENV, DEV_MAILBOX: env.DEV_MAILBOX };
    try {
      Object.assign(env, { NODE_ENV: "production", DEV_MAILBOX: undefined });
      expect(mailboxEnabled()).toBe(false);
      Object.assign(env, { DEV_MAILBOX: true });
      expect(mailboxEnabled()).toBe(true);
      Object.assign(env, { NODE_ENV: "development", DEV_MAILBOX: undefined });
      expect(mailboxEnabled()).toBe(true);
      Object.assign(env, { DEV_MAILBOX: false });
      expect(mailboxEnabled()).toBe(false);
    } finally {
      Object.assign(env, saved);
    }
  });
});
