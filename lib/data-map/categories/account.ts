import { sql } from "drizzle-orm";
import { col, defineCategory, text } from "../define";
import { changedCount } from "../erase";

export const account = defineCategory({
  key: "account",
  group: "you",
  label: text("Account", "账户"),
  purpose: text(
    "Run your account: sign you in, show you as you chose, and suggest what matches your interests.",
    "运行您的账户：让您登录、按您的设置展示您，并推荐符合您兴趣的商品。",
  ),
  retention: text(
    "As long as you keep the account. On cancellation only an empty placeholder is kept, so that kept order records stay consistent.",
    "在您保留账户期间保存。注销后仅保留一个不含任何个人信息的空占位记录，以便依法保留的订单记录保持一致。",
  ),
  afterErasure: "deidentified",
  sensitive: false,
  source: "provided",
  tables: ["users"],
  tabular: false,
  rows: { from: "users u", owner: "u.id", key: { sql: "u.id", type: "uuid" } },
  columns: [
    col("id", "u.id", "uuid", "Account ID", "账户 ID"),
    col("username", "u.username", "text", "Username", "用户名"),
    col("nickname", "u.nickname", "text", "Nickname", "昵称"),
    col("gender", "u.gender", "text", "Gender", "性别"),
    col("birthDate", "u.birth_date", "date", "Birthday", "生日"),
    col("interests", "to_json(u.interests)", "json", "Interests", "兴趣"),
    col("status", "u.status", "text", "Account status", "账户状态"),
    col("language", "u.locale", "text", "Language", "语言"),
    col("createdAt", "u.created_at", "timestamp", "Created", "创建时间"),
  ],
  // The row itself stays as a tombstone (status "erased") because kept order records still point at it.
  erase: async (tx, subjectId) => {
    const changed = await changedCount(
      tx,
      sql`update users set username = 'erased-' || id::text, nickname = null, gender = null, birth_date = null,
            interests = '{}', password_hash = null, status = 'erased', erased_at = now(),
            updated_at = now()
          where id = ${subjectId} returning 1`,
    );
    return {
      removed: 0,
      retained: changed,
      reason: text(
        "An empty placeholder without your details, so kept order records stay consistent.",
        "一个不含您任何信息的空占位记录，使依法保留的订单记录保持一致。",
      ),
    };
  },
});
