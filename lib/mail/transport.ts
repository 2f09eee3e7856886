import "server-only";
import nodemailer from "nodemailer";
import { env } from "@/lib/env";

export type Transport = {
  send: (message: { to: string; subject: string; text: string }) => Promise<void>;
  // Where an SMS row goes by email, or null when this deployment cannot send SMS.
  smsAddress: (phone: string) => string | null;
};

// Plain functions over nodemailer, so tests hand the sender a transport of their own.
export function smtpTransport(url: string, from: string, smsGateway?: string): Transport {
  const mailer = nodemailer.createTransport(url);
  return {
    send: async ({ to, subject, text }) => {
      await mailer.sendMail({ from, to, subject, text });
    },
    smsAddress: (phone) => (smsGateway ? smsGateway.replace("{number}", phone.replace(/^\+/, "")) : null),
  };
}

const globalKey = Symbol.for("personal-center.mail-transport");
type GlobalWithTransport = typeof globalThis & { [globalKey]?: Transport | null };

/** Replaces the deployment's transport for this process (tests); undefined goes back to the configuration. */
export function overrideTransport(transport: Transport | null | undefined): void {
  (globalThis as GlobalWithTransport)[globalKey] = transport;
}

/** The deployment's transport, or null without SMTP_URL: then messages wait in the outbox (the dev mailbox). */
export function configuredTransport(): Transport | null {
  const g = globalThis as GlobalWithTransport;
  if (g[globalKey] === undefined) {
    g[globalKey] = env.SMTP_URL ? smtpTransport(env.SMTP_URL, env.MAIL_FROM, env.SMS_EMAIL_GATEWAY) : null;
  }
  return g[globalKey];
}
