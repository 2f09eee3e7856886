import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAt, ownerId } from "./columns";

export const products = pgTable("products", {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull(),
  category: text().notNull(),
  priceCents: integer().notNull(),
  popularity: integer().notNull().default(0),
  sales: integer().notNull().default(0),
  createdAt: createdAt(),
});

export const addresses = pgTable(
  "addresses",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: ownerId(),
    consignee: text().notNull(),
    phone: text().notNull(),
    region: text().notNull(),
    city: text().notNull(),
    line1: text().notNull(),
    postcode: text().notNull(),
    isDefault: boolean().notNull().default(false),
    createdAt: createdAt(),
    updatedAt: createdAt(),
  },
  (t) => [
    index("addresses_user_idx").on(t.userId),
    uniqueIndex("addresses_one_default")
      .on(t.userId)
      .where(sql`${t.isDefault}`),
  ],
);

// Only what a shopper needs to recognise a card: never the full number.
export const paymentMethods = pgTable(
  "payment_methods",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: ownerId(),
    brand: text().notNull(),
    last4: text().notNull(),
    expMonth: smallint().notNull(),
    expYear: smallint().notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    index("payment_methods_user_idx").on(t.userId),
    check("payment_methods_last4", sql`${t.last4} ~ '^[0-9]{4}$'`),
    check("payment_methods_month", sql`${t.expMonth} between 1 and 12`),
  ],
);

export const invoiceDetails = pgTable(
  "invoice_details",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: ownerId(),
    title: text().notNull(),
    taxpayerId: text(),
    createdAt: createdAt(),
  },
  (t) => [index("invoice_details_user_idx").on(t.userId)],
);

export const orderStatuses = ["pending", "paid", "shipped", "completed", "cancelled", "refunding"] as const;
export const openOrderStatuses = ["pending", "paid", "shipped", "refunding"] as const;

export const orders = pgTable(
  "orders",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: ownerId(),
    number: text().notNull().unique(),
    status: text({ enum: orderStatuses }).notNull(),
    totalCents: bigint({ mode: "number" }).notNull(),
    currency: text().notNull().default("CNY"),
    placedAt: createdAt(),
    // The delivery snapshot is personal data; city-level region may be kept after erasure.
    consignee: text(),
    shipPhone: text(),
    shipAddress: text(),
    shipCity: text(),
  },
  (t) => [index("orders_user_idx").on(t.userId, t.placedAt), check("orders_total", sql`${t.totalCents} >= 0`)],
);

export const orderItems = pgTable(
  "order_items",
  {
    id: uuid().primaryKey().defaultRandom(),
    orderId: uuid()
      .notNull()
      .references(() => orders.id, { onDelete: "cascade" }),
    productId: uuid().references(() => products.id, { onDelete: "set null" }),
    name: text().notNull(),
    quantity: integer().notNull(),
    priceCents: integer().notNull(),
  },
  (t) => [index("order_items_order_idx").on(t.orderId), check("order_items_quantity", sql`${t.quantity} > 0`)],
);

export const reviews = pgTable(
  "reviews",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: ownerId(),
    productId: uuid().references(() => products.id, { onDelete: "set null" }),
    rating: smallint().notNull(),
    body: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("reviews_user_idx").on(t.userId), check("reviews_rating", sql`${t.rating} between 1 and 5`)],
);

export const serviceConversations = pgTable(
  "service_conversations",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: ownerId(),
    topic: text().notNull(),
    status: text({ enum: ["open", "closed"] })
      .notNull()
      .default("closed"),
    messages: jsonb().$type<{ from: "shopper" | "agent"; text: string; at: string }[]>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("service_conversations_user_idx").on(t.userId)],
);
