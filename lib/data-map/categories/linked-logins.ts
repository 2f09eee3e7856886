import { col, defineCategory, text } from "../define";
import { deleteOwned } from "../erase";

export const linkedLogins = defineCategory({
  key: "linkedLogins",
  group: "choices",
  label: text("Linked third-party logins", "绑定的第三方账号"),
  purpose: text(
    "Let you sign in with the services you linked (such as WeChat or Alipay).",
    "让您使用已绑定的服务（如微信、支付宝）登录。",
  ),
  retention: text("Until you unbind them or cancel the account.", "保存至您解除绑定或注销账户。"),
  afterErasure: "deleted",
  sensitive: false,
  source: "partners",
  tables: ["linked_logins"],
  tabular: true,
  rows: { from: "linked_logins l", owner: "l.user_id", key: { sql: "l.id", type: "uuid" } },
  columns: [
    col("id", "l.id", "uuid", "ID", "编号"),
    col("provider", "l.provider", "text", "Service", "服务"),
    col("externalId", "l.external_id", "text", "Account at the service", "第三方账号"),
    col("displayName", "l.display_name", "text", "Name shown", "显示名称"),
    col("linkedAt", "l.linked_at", "timestamp", "Linked", "绑定时间"),
  ],
  erase: async (tx, subjectId) => ({
    removed: await deleteOwned(tx, "linked_logins", "user_id", subjectId),
    retained: 0,
  }),
});
