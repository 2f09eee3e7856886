import { sql } from "drizzle-orm";
import { col, defineCategory, text } from "../define";
import { changedCount } from "../erase";

// Both sides of a guardianship see it: the guardian their minor, the minor their guardian (by username only).
const both = `(select g.id, g.guardian_id as owner_id, 'guardian' as role, m.username as other_party, g.relationship,
    g.status, g.consented_at, g.ended_at, g.created_at
  from guardianships g join users m on m.id = g.minor_id
  union all
  select g.id, g.minor_id, 'minor', gu.username, g.relationship, g.status, g.consented_at, g.ended_at, g.created_at
  from guardianships g join users gu on gu.id = g.guardian_id) f`;

export const family = defineCategory({
  key: "family",
  group: "choices",
  label: text("Guardians and minors", "监护关系"),
  purpose: text(
    "Let a parent or guardian consent for, and look after, a minor's account.",
    "让父母或监护人为未成年人的账户授权并进行管理。",
  ),
  retention: text(
    "While the guardianship lasts, then one year as a record of consent.",
    "在监护关系存续期间保存，结束后作为授权记录保存一年。",
  ),
  afterErasure: "deleted",
  sensitive: false,
  source: "provided",
  tables: ["guardianships"],
  tabular: true,
  rows: { from: both, owner: "f.owner_id", key: { sql: "f.id", type: "uuid" } },
  columns: [
    col("id", "f.id", "uuid", "ID", "编号"),
    col("yourRole", "f.role", "text", "Your role", "您的角色"),
    col("otherParty", "f.other_party", "text", "The other account", "对方账户"),
    col("relationship", "f.relationship", "text", "Relationship", "关系"),
    col("status", "f.status", "text", "Status", "状态"),
    col("consentedAt", "f.consented_at", "timestamp", "Consented", "授权时间"),
    col("endedAt", "f.ended_at", "timestamp", "Ended", "结束时间"),
    col("createdAt", "f.created_at", "timestamp", "Asked", "申请时间"),
  ],
  erase: async (tx, subjectId) => ({
    removed: await changedCount(
      tx,
      sql`delete from guardianships where guardian_id = ${subjectId} or minor_id = ${subjectId} returning 1`,
    ),
    retained: 0,
  }),
});
