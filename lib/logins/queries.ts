import "server-only";
import { asc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/types";
import { linkedLogins, users } from "@/lib/db/schema";
import { maskHandle } from "@/lib/privacy/mask";

export type LoginView = {
  id: string;
  provider: string;
  // The name the provider shows, or the provider's handle masked; the raw external id never leaves the server.
  name: string | null;
  linkedAt: string;
};

export type LoginsView = {
  logins: LoginView[];
  // Whether the account can also sign in with a password: then every linked login may go.
  hasPassword: boolean;
};

/** Ways to sign in, other than linked logins: today only a password (email and phone identify, they do not admit). */
export async function hasPassword(db: DbOrTx, subjectId: string, lock = false): Promise<boolean> {
  const query = db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, subjectId));
  const [row] = lock ? await query.for("update") : await query;
  return Boolean(row?.hash);
}

export async function listLogins(db: DbOrTx, subjectId: string): Promise<LoginsView> {
  // One after the other: inside a transaction both would queue on the same connection anyway.
  const rows = await db
    .select({
      id: linkedLogins.id,
      provider: linkedLogins.provider,
      displayName: linkedLogins.displayName,
      externalId: linkedLogins.externalId,
      linkedAt: linkedLogins.linkedAt,
    })
    .from(linkedLogins)
    .where(eq(linkedLogins.userId, subjectId))
    .orderBy(asc(linkedLogins.linkedAt), asc(linkedLogins.id));
  return toLoginsView(rows, await hasPassword(db, subjectId));
}

export type LoginRow = {
  id: string;
  provider: string;
  displayName: string | null;
  externalId: string;
  linkedAt: Date | string;
};

export function toLoginsView(rows: LoginRow[], password: boolean): LoginsView {
  return {
    hasPassword: password,
    logins: rows.map((r) => ({
      id: r.id,
      provider: r.provider,
      name: r.displayName ?? maskHandle(r.externalId),
      linkedAt: new Date(r.linkedAt).toISOString(),
    })),
  };
}
