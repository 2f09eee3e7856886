import { sql } from "drizzle-orm";
import { col, defineCategory, text } from "../define";
import { changedCount } from "../erase";

export const contact = defineCategory({
  key: "contact",
  group: "you",
  label: text("Contact details", "联系方式"),
  purpose: text(
    "Sign you in, send order and security messages, and (only if you agree) marketing.",
    "用于登录、发送订单和安全通知，以及（仅在您同意时）营销信息。",
  ),
  retention: text("As long as you keep the account.", "在您保留账户期间保存。"),
  afterErasure: "deleted",
  sensitive: false,
  source: "provided",
  tables: ["users"],
  tabular: false,
  rows: {
    from: "users u",
    owner: "u.id",
    key: { sql: "u.id", type: "uuid" },
    // Once erased, the account row has no contact details left, and there is nothing to list.
    filter: "u.email is not null or u.phone is not null",
  },
  columns: [
    col("email", "u.email", "text", "Email", "电子邮箱"),
    col("phone", "u.phone", "text", "Mobile number", "手机号码"),
  ],
  // A live account must keep a way to sign in (a database check), so removing both ends the account too.
  erase: async (tx, subjectId) => {
    const changed = await changedCount(
      tx,
      sql`update users set email = null, phone = null, status = 'erased', erased_at = coalesce(erased_at, now())
          where id = ${subjectId} and (email is not null or phone is not null) returning 1`,
    );
    return { removed: changed, retained: 0 };
  },
});
