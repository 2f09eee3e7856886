import { col, defineCategory, text } from "../define";
import { deleteOwned } from "../erase";

// The code itself is never exported: only its hash is stored, and it is a secret while it lives.
export const contactChanges = defineCategory({
  key: "contactChanges",
  group: "you",
  label: text("Sign-in address changes", "登录地址变更"),
  purpose: text(
    "Check that a new email or mobile number is yours before you sign in with it.",
    "在您使用新的邮箱或手机号登录前，确认它属于您。",
  ),
  retention: text(
    "Each code lives 10 minutes; the record of the change stays until the account is cancelled.",
    "每个验证码有效 10 分钟；变更记录保存至账户注销。",
  ),
  afterErasure: "deleted",
  sensitive: false,
  source: "provided",
  tables: ["contact_change_codes"],
  tabular: true,
  rows: {
    from: "contact_change_codes c",
    owner: "c.user_id",
    key: { sql: "c.id", type: "uuid" },
    date: "c.created_at",
  },
  columns: [
    col("id", "c.id", "uuid", "ID", "编号"),
    col("channel", "c.channel", "text", "Channel", "渠道"),
    col("newValue", "c.new_value", "text", "New address", "新地址"),
    col("status", "c.status", "text", "Status", "状态"),
    col("requestedAt", "c.created_at", "timestamp", "Requested", "申请时间"),
    col("confirmedAt", "c.consumed_at", "timestamp", "Confirmed", "确认时间"),
  ],
  erase: async (tx, subjectId) => ({
    removed: await deleteOwned(tx, "contact_change_codes", "user_id", subjectId),
    retained: 0,
  }),
});
