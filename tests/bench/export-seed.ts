import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/types";

// How a bench shopper's rows are spread over categories (fractions of the total). Large histories dominate, as
// in a real account; the rest are smaller lists, some keyed by uuid, some with joins or nested rows.
const spread = {
  browsing: 0.3,
  search: 0.2,
  devices: 0.15,
  surveys: 0.1,
  signIns: 0.05,
  consentEvents: 0.05,
  notifications: 0.05,
  orders: 0.05,
  reviews: 0.03,
  mail: 0.02,
} as const;

/** One shopper with `total` rows, written by the database itself (insert ... select generate_series). */
export async function seedBenchShopper(db: Db, total: number, label: string): Promise<string> {
  const n = (k: keyof typeof spread) => Math.round(total * spread[k]);
  const [user] = (
    (await db.execute(sql`insert into users (username, email) values (${label}, ${`${label}@bench.example`})
      returning id`)) as unknown as { rows: { id: string }[] }
  ).rows;
  const u = user!.id;
  await db.execute(sql`insert into products (name, category, price_cents)
    select 'Bench product ' || g, 'kitchen', 1000 + g from generate_series(1, 200) g
    where not exists (select 1 from products where name = 'Bench product 1')`);
  const product = sql`join (select id, (row_number() over (order by id)) - 1 as rn from products) p on p.rn = g % 200`;
  await db.execute(sql`insert into browsing_events (user_id, product_id, at)
    select ${u}, p.id, now() - make_interval(secs => g * 7) from generate_series(1, ${n("browsing")}) g ${product}`);
  await db.execute(sql`insert into search_events (user_id, query, at)
    select ${u}, 'search words ' || (g % 997), now() - make_interval(secs => g * 11) from generate_series(1, ${n("search")}) g`);
  await db.execute(sql`insert into device_logs (user_id, device_model, os, ip, browser, language, at)
    select ${u}, 'Phone model ' || (g % 5), 'iOS 18', '10.20.' || (g % 200) || '.' || (g % 250), 'Safari 18', 'zh-CN',
      now() - make_interval(secs => g * 13) from generate_series(1, ${n("devices")}) g`);
  await db.execute(sql`insert into survey_answers (user_id, survey, question, answer, answered_at)
    select ${u}, 'delivery', 'Question ' || (g % 10), 'Answer, "quoted" ' || g, now() - make_interval(secs => g * 17)
    from generate_series(1, ${n("surveys")}) g`);
  await db.execute(sql`insert into sign_in_attempts (user_id, identifier_hash, ip, user_agent, success, reason, created_at)
    select ${u}, 'bench', '10.0.0.' || (g % 250), 'Mozilla/5.0 bench', g % 7 <> 0, case when g % 7 = 0 then 'invalid' else 'ok' end,
      now() - make_interval(secs => g * 19) from generate_series(1, ${n("signIns")}) g`);
  await db.execute(sql`insert into consent_events (user_id, purpose, granted, source, policy_version, ip, at)
    select ${u}, 'marketing.email', g % 2 = 0, 'self', '1.0', '10.0.0.1', now() - make_interval(secs => g * 23)
    from generate_series(1, ${n("consentEvents")}) g`);
  await db.execute(sql`insert into notifications (user_id, kind, title, body, created_at)
    select ${u}, 'request', 'Notice ' || g, 'Your request moved on. Details ' || g, now() - make_interval(secs => g * 29)
    from generate_series(1, ${n("notifications")}) g`);
  await db.execute(sql`insert into orders (user_id, number, status, total_cents, placed_at, consignee, ship_phone, ship_address, ship_city)
    select ${u}, ${label} || '-' || g, 'completed', 1999, now() - make_interval(secs => g * 31), 'Bench Shopper', '13800138000',
      g || ' Century Avenue', 'Shanghai' from generate_series(1, ${n("orders")}) g`);
  await db.execute(sql`insert into order_items (order_id, product_id, name, quantity, price_cents)
    select o.id, null, 'Bench item', 1, 1999 from orders o where o.user_id = ${u}`);
  await db.execute(sql`insert into reviews (user_id, rating, body, created_at)
    select ${u}, 1 + g % 5, 'Good value, would buy again ' || g, now() - make_interval(secs => g * 37)
    from generate_series(1, ${n("reviews")}) g`);
  await db.execute(sql`insert into mail_outbox (user_id, channel, to_address, subject, body, status, created_at)
    select ${u}, 'email', ${`${label}@bench.example`}, 'Your code', 'Your code is ' || (100000 + g), 'sent',
      now() - make_interval(secs => g * 41) from generate_series(1, ${n("mail")}) g`);
  await db.execute(sql`analyze`);
  return u;
}
