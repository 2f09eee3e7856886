import "server-only";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/types";
import {
  assets,
  complaints,
  identities,
  linkedLogins,
  merchantStores,
  openOrderStatuses,
  orders,
  paymentAccounts,
  users,
} from "@/lib/db/schema";

// How a failing condition is resolved: in place on the cancellation page, or with the help of support.
export type Resolution = "acceptForfeit" | "unbindStore" | "unbindLogins" | "contactSupport" | null;

export type Condition = {
  key: "assets" | "orders" | "stores" | "complaints" | "paymentAccount" | "logins" | "accountValid" | "realName";
  met: boolean;
  resolution: Resolution;
  // What stands in the way, for the shopper to recognise (order numbers, store names, providers); no secrets.
  items: { id: string; label: string }[];
  // Figures the message needs (amounts held, number of items).
  params: Record<string, string | number>;
};

/** The eight conditions of the cancellation policy, evaluated live from the database, in the policy's order. */
export async function evaluateChecklist(db: DbOrTx, subjectId: string): Promise<Condition[]> {
  const [user, held, openOrders, stores, openComplaints, payment, logins, identity] = await Promise.all([
    db.select({ status: users.status }).from(users).where(eq(users.id, subjectId)),
    db.select().from(assets).where(eq(assets.userId, subjectId)),
    db
      .select({ id: orders.id, number: orders.number })
      .from(orders)
      .where(and(eq(orders.userId, subjectId), inArray(orders.status, [...openOrderStatuses])))
      .orderBy(asc(orders.placedAt))
      .limit(50),
    db
      .select({ id: merchantStores.id, name: merchantStores.name })
      .from(merchantStores)
      .where(and(eq(merchantStores.userId, subjectId), eq(merchantStores.status, "open"))),
    db
      .select({ id: complaints.id, summary: complaints.summary })
      .from(complaints)
      .where(and(eq(complaints.userId, subjectId), eq(complaints.status, "open"))),
    db.select().from(paymentAccounts).where(eq(paymentAccounts.userId, subjectId)),
    db
      .select({ id: linkedLogins.id, provider: linkedLogins.provider })
      .from(linkedLogins)
      .where(eq(linkedLogins.userId, subjectId)),
    db
      .select({ userId: identities.userId })
      .from(identities)
      .where(and(eq(identities.userId, subjectId), isNull(identities.releasedAt))),
  ]);
  const a = held[0];
  const forfeitable = a ? a.balanceCents > 0 || a.coupons > 0 || a.points > 0 : false;
  const owedOrDeposit = a ? a.depositCents > 0 || a.owedCents > 0 : false;
  const forfeitPending = forfeitable && !a?.forfeitAcceptedAt;
  const p = payment[0];
  const status = user[0]?.status;
  return [
    {
      key: "assets",
      met: !forfeitPending && !owedOrDeposit,
      // Forfeiting can be accepted here; a deposit or a debt has to be settled with the shop first.
      resolution: owedOrDeposit ? "contactSupport" : forfeitPending ? "acceptForfeit" : null,
      items: [],
      params: {
        balance: ((a?.balanceCents ?? 0) / 100).toFixed(2),
        coupons: a?.coupons ?? 0,
        points: a?.points ?? 0,
        deposit: ((a?.depositCents ?? 0) / 100).toFixed(2),
        owed: ((a?.owedCents ?? 0) / 100).toFixed(2),
      },
    },
    {
      key: "orders",
      met: openOrders.length === 0,
      resolution: openOrders.length ? "contactSupport" : null,
      items: openOrders.map((o) => ({ id: o.id, label: o.number })),
      params: { count: openOrders.length },
    },
    {
      key: "stores",
      met: stores.length === 0,
      resolution: stores.length ? "unbindStore" : null,
      items: stores.map((s) => ({ id: s.id, label: s.name })),
      params: { count: stores.length },
    },
    {
      key: "complaints",
      met: openComplaints.length === 0,
      resolution: openComplaints.length ? "contactSupport" : null,
      items: openComplaints.map((c) => ({ id: c.id, label: c.summary })),
      params: { count: openComplaints.length },
    },
    {
      key: "paymentAccount",
      met: !p || (p.status === "closed" && p.settled),
      resolution: p && !(p.status === "closed" && p.settled) ? "contactSupport" : null,
      items: p && !(p.status === "closed" && p.settled) ? [{ id: p.userId, label: p.provider }] : [],
      params: {},
    },
    {
      key: "logins",
      met: logins.length === 0,
      resolution: logins.length ? "unbindLogins" : null,
      items: logins.map((l) => ({ id: l.id, label: l.provider })),
      params: { count: logins.length },
    },
    {
      key: "accountValid",
      met: status === "active" || status === "cancellation_pending",
      resolution: status === "active" || status === "cancellation_pending" ? null : "contactSupport",
      items: [],
      params: {},
    },
    {
      key: "realName",
      met: identity.length === 0,
      resolution: identity.length ? "contactSupport" : null,
      items: [],
      params: {},
    },
  ];
}

export function allMet(conditions: Condition[]): boolean {
  return conditions.every((c) => c.met);
}
