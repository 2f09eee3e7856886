import { sql } from "drizzle-orm";
import { getDb } from "@/lib/db/client";
import {
  addresses,
  assets,
  complaints,
  consentEvents,
  consents,
  deviceLogs,
  identities,
  interestTags,
  invoiceDetails,
  linkedLogins,
  mailOutbox,
  merchantStores,
  notifications,
  orderItems,
  orders,
  paymentAccounts,
  paymentMethods,
  privacyRequests,
  products,
  requestEvents,
  reviews,
  searchEvents,
  serviceConversations,
  signInAttempts,
  surveyAnswers,
} from "@/lib/db/schema";

const DAY = 86_400_000;

/**
 * A shopper's data in every category, each value carrying `tag` so a test can tell whose it is. Two users seeded
 * with different tags hold look-alike data; nothing tagged for one may ever show up in the other's export.
 */
export async function seedPersonalData(userId: string, tag: string, opts: { browsing?: number } = {}) {
  const db = getDb();
  const [product] = await db
    .insert(products)
    .values({ name: `Tea set ${tag}`, category: "kitchen", priceCents: 1999 })
    .returning({ id: products.id });
  await db.insert(identities).values({ userId, legalName: `Name ${tag}`, idNumber: `1101${tag}1234` });
  await db.insert(addresses).values({
    userId,
    consignee: `Consignee, "${tag}"`,
    phone: "13800138000",
    region: "Shanghai",
    city: "Shanghai",
    line1: `1 Road ${tag}\nFloor 2`,
    postcode: "200000",
    isDefault: true,
  });
  await db.insert(paymentMethods).values({ userId, brand: "Visa", last4: "4242", expMonth: 8, expYear: 2030 });
  await db.insert(paymentAccounts).values({ userId, provider: `ShopPay ${tag}` });
  await db.insert(invoiceDetails).values({ userId, title: `Studio ${tag}`, taxpayerId: `TAX${tag}` });
  await db.insert(assets).values({ userId, balanceCents: 1234, coupons: 2, points: 300 });
  const [order] = await db
    .insert(orders)
    .values({
      userId,
      number: `SO-${tag}-1`,
      status: "completed",
      totalCents: 1999,
      placedAt: new Date(Date.now() - 400 * DAY),
      consignee: `Consignee ${tag}`,
      shipAddress: `1 Road ${tag}`,
      shipCity: "Shanghai",
    })
    .returning({ id: orders.id });
  await db
    .insert(orderItems)
    .values({ orderId: order!.id, productId: product!.id, name: `Tea set ${tag}`, quantity: 1, priceCents: 1999 });
  await db.insert(orders).values({ userId, number: `SO-${tag}-2`, status: "paid", totalCents: 500 });
  await db.insert(reviews).values({ userId, productId: product!.id, rating: 5, body: `Lovely, says ${tag}` });
  await db.insert(merchantStores).values({ userId, name: `Store ${tag}` });
  await db.insert(serviceConversations).values({
    userId,
    topic: `Late parcel ${tag}`,
    messages: [{ from: "shopper", text: `Where is it? ${tag}`, at: new Date().toISOString() }],
  });
  await db.insert(complaints).values({ userId, kind: "complaint", summary: `Broken ${tag}`, status: "closed" });
  await db.execute(sql`
    insert into browsing_events (user_id, product_id, at)
    select ${userId}, ${product!.id}, now() - make_interval(mins => g * 60) from generate_series(1, ${opts.browsing ?? 30}) g`);
  await db.insert(searchEvents).values([
    { userId, query: `green tea ${tag}`, at: new Date(Date.now() - 2 * DAY) },
    { userId, query: `kite ${tag}`, at: new Date(Date.now() - 800 * DAY) },
  ]);
  await db.insert(interestTags).values({ userId, tag: `tea lover ${tag}` });
  await db.insert(deviceLogs).values({ userId, deviceModel: `Phone ${tag}`, os: "iOS 18", ip: "10.0.0.1" });
  await db.insert(signInAttempts).values({ userId, identifierHash: `hash-${tag}`, success: true, reason: "ok" });
  await db.insert(linkedLogins).values({ userId, provider: "wechat", externalId: `wx-${tag}`, displayName: tag });
  await db
    .insert(consents)
    .values({ userId, purpose: "marketing.sms", granted: false, source: "self", policyVersion: "1.0" });
  await db.insert(consentEvents).values({
    userId,
    purpose: "marketing.sms",
    granted: false,
    source: "self",
    policyVersion: "1.0",
    ip: "203.0.113.9",
  });
  const [request] = await db
    .insert(privacyRequests)
    .values({ userId, type: "question", summary: `Question ${tag}`, dueAt: new Date(Date.now() + 15 * DAY) })
    .returning({ id: privacyRequests.id });
  await db.insert(requestEvents).values({ requestId: request!.id, status: "open", actorId: userId });
  await db
    .insert(notifications)
    .values({ userId, kind: "security", title: `New sign-in ${tag}`, body: `Device ${tag}` });
  await db.insert(mailOutbox).values({
    userId,
    channel: "email",
    toAddress: `${tag}@example.com`,
    subject: `Code ${tag}`,
    body: `Your code ${tag}`,
  });
  await db.insert(surveyAnswers).values({ userId, survey: "delivery", question: "How was it?", answer: `Fine ${tag}` });
}
