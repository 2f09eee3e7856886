import "server-only";
import { sql } from "drizzle-orm";
import type { DbOrTx } from "@/lib/db/types";
import { env } from "@/lib/env";

export type KeptAccount = {
  id: string;
  erasedAt: string;
  purgeAfter: string;
  orders: {
    number: string;
    placedAt: string;
    totalCents: number;
    currency: string;
    city: string | null;
    // Whether any identifying column is still filled: after erasure, always false.
    identifying: boolean;
  }[];
};

/** What the shop still keeps of erased accounts, and until when: the officer's view of retained records. */
export async function keptRecords(db: DbOrTx, limit = 20): Promise<KeptAccount[]> {
  const result = (await db.execute(sql`
    select u.id, u.erased_at as "erasedAt",
      u.erased_at + make_interval(years => ${env.ORDER_RETENTION_YEARS}) as "purgeAfter",
      coalesce((select json_agg(o order by o."placedAt" desc) from (
        select number, placed_at as "placedAt", total_cents as "totalCents", currency, ship_city as city,
          (consignee is not null or ship_phone is not null or ship_address is not null) as identifying
        from orders where user_id = u.id order by placed_at desc limit 50) o), '[]') as orders
    from users u where u.status = 'erased'
    order by u.erased_at desc limit ${limit}`)) as unknown as { rows: KeptAccount[] };
  return result.rows.map((r) => ({
    ...r,
    erasedAt: new Date(r.erasedAt).toISOString(),
    purgeAfter: new Date(r.purgeAfter).toISOString(),
  }));
}
