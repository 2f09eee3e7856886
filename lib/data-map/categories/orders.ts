import { sql } from "drizzle-orm";
import { col, defineCategory, text } from "../define";
import { changedCount } from "../erase";

// The E-Commerce Law asks shops to keep transaction records for at least three years after the transaction.
export const ORDER_RETENTION_YEARS = 3;

const items = `(select coalesce(json_agg(json_build_object('name', i.name, 'quantity', i.quantity,
  'priceCents', i.price_cents, 'productId', i.product_id) order by i.name, i.id), '[]') from order_items i
  where i.order_id = o.id)`;

export const orders = defineCategory({
  key: "orders",
  group: "shopping",
  label: text("Orders and transactions", "订单与交易记录"),
  purpose: text("Fulfil, deliver, refund and account for what you bought.", "履行、配送、退款并记录您购买的商品。"),
  retention: text(
    `Kept for ${ORDER_RETENTION_YEARS} years after the order, as the law requires. When the account is erased they are kept without your name, phone or street address.`,
    `依法在下单后保存 ${ORDER_RETENTION_YEARS} 年。账户删除后继续保存，但会去除您的姓名、电话和详细地址。`,
  ),
  afterErasure: "deidentified",
  sensitive: false,
  source: "generated",
  tables: ["orders", "order_items"],
  tabular: true,
  rows: { from: "orders o", owner: "o.user_id", key: { sql: "o.id", type: "uuid" }, date: "o.placed_at" },
  columns: [
    col("id", "o.id", "uuid", "ID", "编号"),
    col("number", "o.number", "text", "Order number", "订单号"),
    col("status", "o.status", "text", "Status", "状态"),
    col("totalCents", "o.total_cents", "int", "Total (cents)", "金额（分）"),
    col("currency", "o.currency", "text", "Currency", "币种"),
    col("placedAt", "o.placed_at", "timestamp", "Placed", "下单时间"),
    col("consignee", "o.consignee", "text", "Recipient", "收货人"),
    col("shipPhone", "o.ship_phone", "text", "Recipient's phone", "收货电话"),
    col("shipAddress", "o.ship_address", "text", "Delivery address", "收货地址"),
    col("shipCity", "o.ship_city", "text", "City", "城市"),
    col("items", items, "json", "Items", "商品"),
  ],
  erase: async (tx, subjectId) => {
    const kept = await changedCount(
      tx,
      sql`update orders set consignee = null, ship_phone = null, ship_address = null
          where user_id = ${subjectId} returning 1`,
    );
    return {
      removed: 0,
      retained: kept,
      reason: text(
        `Transaction records the law requires for ${ORDER_RETENTION_YEARS} years, kept without your name, phone or address.`,
        `法律要求保存 ${ORDER_RETENTION_YEARS} 年的交易记录，已去除您的姓名、电话和地址。`,
      ),
    };
  },
});
