import "server-only";
import { asc, gt } from "drizzle-orm";
import type { Db } from "@/lib/db/types";
import { auditEvents } from "@/lib/db/schema";
import { eventHash, GENESIS_HASH } from "./hash";

export type VerifyResult =
  | { ok: true; checked: number }
  | { ok: false; checked: number; brokenAt: number; reason: "altered" | "missing-or-reordered" };

const PAGE = 5_000;

export async function verifyAuditChain(db: Db): Promise<VerifyResult> {
  let prevHash = GENESIS_HASH;
  let lastId = 0;
  let checked = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(auditEvents)
      .where(gt(auditEvents.id, lastId))
      .orderBy(asc(auditEvents.id))
      .limit(PAGE);
    if (rows.length === 0) return { ok: true, checked };
    for (const row of rows) {
      if (row.prevHash !== prevHash) return { ok: false, checked, brokenAt: row.id, reason: "missing-or-reordered" };
      if (eventHash(prevHash, row) !== row.hash) return { ok: false, checked, brokenAt: row.id, reason: "altered" };
      prevHash = row.hash;
      lastId = row.id;
      checked++;
    }
  }
}
