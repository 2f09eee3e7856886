import { col, defineCategory, text } from "../define";
import { deleteOwned } from "../erase";

export const identity = defineCategory({
  key: "identity",
  group: "you",
  label: text("Real-name identity", "实名身份信息"),
  purpose: text(
    "Real-name verification the law requires for some services (payments, merchant stores).",
    "法律要求部分服务（支付、开店）进行实名认证。",
  ),
  retention: text("Until the verification is released or the account is cancelled.", "保存至实名认证解除或账户注销。"),
  afterErasure: "deleted",
  sensitive: true,
  source: "provided",
  tables: ["identities"],
  tabular: false,
  rows: { from: "identities i", owner: "i.user_id", key: { sql: "i.user_id", type: "uuid" } },
  columns: [
    col("legalName", "i.legal_name", "text", "Legal name", "真实姓名"),
    col("idNumber", "i.id_number", "text", "ID number", "身份证号码"),
    col("verifiedAt", "i.verified_at", "timestamp", "Verified", "认证时间"),
    col("releasedAt", "i.released_at", "timestamp", "Released", "解除时间"),
  ],
  erase: async (tx, subjectId) => ({ removed: await deleteOwned(tx, "identities", "user_id", subjectId), retained: 0 }),
});
