import { desc, eq, sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import { guardianships, mailOutbox, sessions, supportGrants, users, type Role, type UserStatus } from "@/lib/db/schema";
import { hashPassword } from "@/lib/auth/password";
import type { RequestInfo } from "@/lib/access/action";

export const PASSWORD = "correct horse battery";
let passwordHash: Promise<string> | undefined;
let counter = 0;

function birthDate(age: number) {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() - age);
  d.setUTCMonth(d.getUTCMonth() - 1);
  return d.toISOString().slice(0, 10);
}

export async function createUser(
  opts: { age?: number; roles?: Role[]; status?: UserStatus; email?: string; phone?: string } = {},
) {
  const n = ++counter;
  const [user] = await getDb()
    .insert(users)
    .values({
      username: `user${n}_${Math.random().toString(36).slice(2, 7)}`,
      email: opts.email ?? `user${n}.${Math.random().toString(36).slice(2, 7)}@example.com`,
      phone: opts.phone ?? null,
      passwordHash: await (passwordHash ??= hashPassword(PASSWORD)),
      birthDate: birthDate(opts.age ?? 30),
      roles: opts.roles ?? ["shopper"],
      status: opts.status ?? "active",
    })
    .returning();
  return user!;
}

export async function createSession(userId: string, opts: { confirmedMinutesAgo?: number } = {}) {
  const [s] = await getDb()
    .insert(sessions)
    .values({
      userId,
      expiresAt: sql`now() + interval '1 day'`,
      confirmedAt: sql`now() - make_interval(mins => ${opts.confirmedMinutesAgo ?? 0})`,
    })
    .returning({ id: sessions.id });
  return s!.id;
}

export function requestAs(sessionId: string | null, actingAs: string | null = null): RequestInfo {
  return { sessionId, actingAs, ip: "203.0.113.7", userAgent: "vitest", locale: "en", gpc: false };
}

export async function linkGuardian(guardianId: string, minorId: string, status: "active" | "pending" = "active") {
  await getDb()
    .insert(guardianships)
    .values({ guardianId, minorId, status, consentedAt: status === "active" ? new Date() : null });
}

export async function grantSupport(agentId: string, subjectId: string, mode: "read" | "write", expiresInMinutes = 30) {
  const [g] = await getDb()
    .insert(supportGrants)
    .values({
      agentId,
      subjectId,
      mode,
      reason: "Customer asked for help on the phone",
      ticketRef: "T-1001",
      createdAt: sql`now() - interval '2 hours'`,
      expiresAt: sql`now() + make_interval(mins => ${expiresInMinutes})`,
    })
    .returning({ id: supportGrants.id });
  return g!.id;
}

// The newest message queued for an address, as the dev mailbox would show it.
export async function lastMessageTo(address: string) {
  const [row] = await getDb()
    .select()
    .from(mailOutbox)
    .where(eq(mailOutbox.toAddress, address))
    .orderBy(desc(mailOutbox.createdAt), desc(mailOutbox.id))
    .limit(1);
  return row ?? null;
}

export async function codeSentTo(address: string): Promise<string> {
  const code = (await lastMessageTo(address))?.body.match(/\b(\d{6})\b/)?.[1];
  if (!code) throw new Error(`no code was sent to ${address}`);
  return code;
}
