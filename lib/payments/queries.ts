import "server-only";
import { asc, desc, eq } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/types";
import { paymentMethods } from "@/lib/db/schema";
import { maskCard } from "@/lib/privacy/mask";

export type CardView = {
  id: string;
  brand: string;
  // Already masked ("**** 4242"): the table never holds more than the last four digits.
  number: string;
  last4: string;
  expMonth: number;
  expYear: number;
  expired: boolean;
};

// A card is good through the last day of its expiry month.
export function isExpired(expMonth: number, expYear: number, now = new Date()): boolean {
  const year = now.getUTCFullYear();
  return expYear < year || (expYear === year && expMonth < now.getUTCMonth() + 1);
}

export async function listCards(db: DbOrTx, subjectId: string): Promise<CardView[]> {
  const rows = await db
    .select({
      id: paymentMethods.id,
      brand: paymentMethods.brand,
      last4: paymentMethods.last4,
      expMonth: paymentMethods.expMonth,
      expYear: paymentMethods.expYear,
    })
    .from(paymentMethods)
    .where(eq(paymentMethods.userId, subjectId))
    // Cards that last longest first: an expired card sinks to the bottom, where it is easy to remove.
    .orderBy(
      desc(paymentMethods.expYear),
      desc(paymentMethods.expMonth),
      asc(paymentMethods.createdAt),
      asc(paymentMethods.id),
    );
  return rows.map((r) => ({ ...r, number: maskCard(r.last4), expired: isExpired(r.expMonth, r.expYear) }));
}
