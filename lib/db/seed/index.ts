import "server-only";
import { count, eq, sql } from "drizzle-orm";
import type { Db, Tx } from "@/lib/db/types";
import {
  addresses,
  assets,
  complaints,
  consents,
  guardianships,
  identities,
  interestTags,
  invoiceDetails,
  linkedLogins,
  merchantStores,
  notifications,
  orders,
  paymentAccounts,
  paymentMethods,
  policyVersions,
  privacyRequests,
  requestEvents,
  surveyAnswers,
  users,
} from "@/lib/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { seedCatalog } from "./catalog";
import { DEMO_PASSWORD, demoAccounts } from "./demo-accounts";
import { seedActivity, seedOrders } from "./history";
import { policyV1 } from "./policy-text";
import { seedConsentRecords } from "./consents";

const DAY = 86_400_000;

function birthDateFor(age: number): string {
  const d = new Date();
  d.setUTCFullYear(d.getUTCFullYear() - age);
  d.setUTCMonth(d.getUTCMonth() - 2);
  return d.toISOString().slice(0, 10);
}

/** Seeds the demo accounts into an empty database; a database that already has users is left alone. */
export async function seedDemo(db: Db): Promise<"seeded" | "skipped"> {
  const [existing] = await db.select({ n: count() }).from(users);
  if ((existing?.n ?? 0) > 0) return "skipped";
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    const catalog = await seedCatalog(tx);
    await tx.insert(policyVersions).values({ ...policyV1, publishedAt: new Date(Date.now() - 400 * DAY) });
    const inserted = await tx
      .insert(users)
      .values(
        demoAccounts.map((a) => ({
          username: a.username,
          nickname: a.username[0]!.toUpperCase() + a.username.slice(1),
          email: a.email,
          phone: a.phone ?? null,
          passwordHash,
          birthDate: birthDateFor(a.age),
          roles: a.roles ?? ["shopper" as const],
          status: a.status ?? ("active" as const),
          createdAt: new Date(Date.now() - (a.key === "alice" ? 6 * 365 : 200) * DAY),
        })),
      )
      .returning({ id: users.id, username: users.username });
    const id = Object.fromEntries(inserted.map((u) => [u.username, u.id])) as Record<string, string>;
    await tx.insert(assets).values(inserted.map((u) => ({ userId: u.id })));
    await seedAlice(tx, id.alice!, catalog);
    await seedBlockers(tx, id, catalog);
    await seedFamily(tx, id);
    await seedAccountData(tx, id);
    await seedConsentRecords(tx);
  });
  // Planner statistics for what was just loaded, now rather than whenever autovacuum gets to it: until then the
  // first minutes of a fresh server plan its queries on empty tables, and the analysis itself lands mid-traffic.
  await db.execute(sql`analyze`);
  return "seeded";
}

async function seedAlice(tx: Tx, alice: string, catalog: Awaited<ReturnType<typeof seedCatalog>>) {
  await seedOrders(tx, alice, catalog, 160, 6, "Alice Zhang");
  await seedActivity(tx, alice, 5000, 2000, 300);
  await tx.insert(identities).values({ userId: alice, legalName: "张爱丽", idNumber: "110101199001011234" });
  await tx.insert(addresses).values([
    {
      userId: alice,
      consignee: "Alice Zhang",
      phone: "13812345678",
      region: "Shanghai",
      city: "Shanghai",
      line1: "88 Century Avenue, Apt 1203",
      postcode: "200120",
      isDefault: true,
    },
    {
      userId: alice,
      consignee: "Alice Zhang",
      phone: "13812345678",
      region: "Zhejiang",
      city: "Hangzhou",
      line1: "18 West Lake Road, Office 5F",
      postcode: "310007",
    },
  ]);
  await tx.insert(paymentMethods).values([
    { userId: alice, brand: "UnionPay", last4: "4242", expMonth: 8, expYear: 2028 },
    { userId: alice, brand: "Visa", last4: "1881", expMonth: 2, expYear: 2027 },
  ]);
  await tx
    .insert(invoiceDetails)
    .values({ userId: alice, title: "Zhang Alice Design Studio", taxpayerId: "91310000MA1FL0XX1A" });
  await tx.insert(linkedLogins).values([
    { userId: alice, provider: "wechat", externalId: "wx-alice-2019", displayName: "Alice (WeChat)" },
    { userId: alice, provider: "alipay", externalId: "ali-alice-77", displayName: "alice***@alipay" },
  ]);
  await tx
    .insert(interestTags)
    .values(["tea lover", "runner", "home cook", "traveller"].map((tag) => ({ userId: alice, tag })));
  await tx.update(assets).set({ balanceCents: 12_850, coupons: 3, points: 4_210 }).where(eqUser(alice));
  await tx.insert(paymentAccounts).values({ userId: alice, provider: "ShopPay", status: "open", settled: true });
  await tx.insert(consents).values([
    { userId: alice, purpose: "marketing.sms", granted: false, source: "self", policyVersion: "1.0" },
    { userId: alice, purpose: "cookies.analytics", granted: true, source: "self", policyVersion: "1.0" },
  ]);
  const [question] = await tx
    .insert(privacyRequests)
    .values({
      userId: alice,
      type: "question",
      summary: "How long do you keep my browsing history?",
      filedById: alice,
      createdAt: new Date(Date.now() - 3 * DAY),
      dueAt: new Date(Date.now() + 12 * DAY),
    })
    .returning({ id: privacyRequests.id });
  await tx
    .insert(requestEvents)
    .values({ requestId: question!.id, status: "open", actorId: alice, at: new Date(Date.now() - 3 * DAY) });
  await tx.insert(surveyAnswers).values([
    { userId: alice, survey: "delivery", question: "How was your last delivery?", answer: "Fast and careful" },
    { userId: alice, survey: "delivery", question: "Would you recommend us?", answer: "Yes" },
  ]);
  await tx
    .insert(notifications)
    .values({ userId: alice, kind: "security", title: "New sign-in", body: "A new device signed in to your account." });
}

const eqUser = (userId: string) => eq(assets.userId, userId);

async function seedBlockers(tx: Tx, id: Record<string, string>, catalog: Awaited<ReturnType<typeof seedCatalog>>) {
  await seedOrders(tx, id.ben!, catalog, 6, 2, "Ben Li");
  await seedOrders(tx, id.quinn!, catalog, 5, 1, "Quinn Harper");
  await tx.update(assets).set({ balanceCents: 5_000, coupons: 2, points: 800 }).where(eqUser(id.cara!));
  await seedOrders(tx, id.dev!, catalog, 4, 1, "Dev Wang");
  await tx.insert(orders).values({
    userId: id.dev!,
    number: "SO-DEV-IN-TRANSIT",
    status: "shipped",
    totalCents: 25_900,
    shipCity: "Beijing",
  });
  await tx.insert(merchantStores).values({ userId: id.erin!, name: "Erin's Tea Corner" });
  await tx
    .insert(complaints)
    .values({ userId: id.finn!, kind: "complaint", summary: "Damaged parcel, refund disputed" });
  await tx.insert(paymentAccounts).values({ userId: id.gina!, provider: "ShopPay", status: "open", settled: false });
  await tx.insert(linkedLogins).values([
    { userId: id.hugo!, provider: "wechat", externalId: "wx-hugo-1", displayName: "Hugo (WeChat)" },
    { userId: id.hugo!, provider: "qq", externalId: "qq-hugo-1", displayName: "Hugo (QQ)" },
  ]);
  await tx.insert(identities).values({ userId: id.jack!, legalName: "杰克", idNumber: "310101198505054321" });
}

async function seedFamily(tx: Tx, id: Record<string, string>) {
  const consentedAt = new Date(Date.now() - 100 * DAY);
  await tx.insert(guardianships).values([
    { guardianId: id.george!, minorId: id.lily!, status: "active", consentedAt },
    { guardianId: id.george!, minorId: id.max!, status: "active", consentedAt },
    { guardianId: id.george!, minorId: id.nina!, status: "pending" },
  ]);
}

// Accounts for the payment methods, linked logins and real-name identity pages, one concern each.
async function seedAccountData(tx: Tx, id: Record<string, string>) {
  const thisYear = new Date().getUTCFullYear();
  await tx.insert(paymentMethods).values([
    { userId: id.kim!, brand: "UnionPay", last4: "6222", expMonth: 11, expYear: thisYear + 3 },
    { userId: id.kim!, brand: "Mastercard", last4: "5454", expMonth: 3, expYear: thisYear - 1 },
    { userId: id.kim!, brand: "Visa", last4: "4242", expMonth: 6, expYear: thisYear + 2 },
  ]);
  await tx.insert(invoiceDetails).values([
    { userId: id.kim!, title: "Kim Park" },
    { userId: id.kim!, title: "Park & Daughters Trading Co., Ltd.", taxpayerId: "91110105MA01ABCD2X" },
  ]);
  await tx.insert(linkedLogins).values([
    { userId: id.leo!, provider: "wechat", externalId: "wx-leo-5521", displayName: "Leo (WeChat)" },
    { userId: id.leo!, provider: "weibo", externalId: "weibo-leo-88", displayName: null },
    { userId: id.leo!, provider: "qq", externalId: "qq-leo-30", displayName: "Leo (QQ)" },
  ]);
  await tx.insert(identities).values({
    userId: id.mona!,
    legalName: "孟娜",
    idNumber: "440301197703154521",
    verifiedAt: new Date(Date.now() - 150 * DAY),
  });
}
