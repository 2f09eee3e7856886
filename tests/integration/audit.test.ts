import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record";
import { verifyAuditChain } from "@/lib/audit/verify";
import { auditEvents } from "@/lib/db/schema";

async function appendEvents(n: number) {
  for (let i = 0; i < n; i++) {
    await getDb().transaction((tx) =>
      recordAudit(tx, {
        operation: "account.view",
        via: "self",
        targetType: "user",
        targetId: `u${i}`,
        fields: ["email"],
      }),
    );
  }
}

describe("the audit trail", () => {
  it("chains each event to the one before", async () => {
    await appendEvents(3);
    const rows = await getDb().select().from(auditEvents).orderBy(auditEvents.id);
    expect(rows[1]!.prevHash).toBe(rows[0]!.hash);
    expect(rows[2]!.prevHash).toBe(rows[1]!.hash);
    expect(await verifyAuditChain(getDb())).toEqual({ ok: true, checked: 3 });
  });

  it("is refused UPDATE and DELETE by the database itself", async () => {
    await appendEvents(1);
    await expect(getDb().execute(sql`update audit_events set operation = 'x'`)).rejects.toThrow();
    await expect(getDb().execute(sql`delete from audit_events`)).rejects.toThrow();
    const [row] = await getDb().select().from(auditEvents);
    expect(row!.operation).toBe("account.view");
  });

  it("names the first broken link when a row is altered behind the database's back", async () => {
    await appendEvents(4);
    const [, second] = await getDb().select().from(auditEvents).orderBy(auditEvents.id);
    // Someone with superuser rights switches the trigger off and rewrites history.
    await getDb().transaction(async (tx) => {
      await tx.execute(sql`alter table audit_events disable trigger audit_events_no_update_delete`);
      await tx.execute(sql`update audit_events set target_id = 'forged' where id = ${second!.id}`);
      await tx.execute(sql`alter table audit_events enable trigger audit_events_no_update_delete`);
    });
    expect(await verifyAuditChain(getDb())).toEqual({ ok: false, checked: 1, brokenAt: second!.id, reason: "altered" });
  });

  it("notices a deleted event", async () => {
    await appendEvents(3);
    const [, second, third] = await getDb().select().from(auditEvents).orderBy(auditEvents.id);
    await getDb().transaction(async (tx) => {
      await tx.execute(sql`alter table audit_events disable trigger audit_events_no_update_delete`);
      await tx.execute(sql`delete from audit_events where id = ${second!.id}`);
      await tx.execute(sql`alter table audit_events enable trigger audit_events_no_update_delete`);
    });
    expect(await verifyAuditChain(getDb())).toMatchObject({
      ok: false,
      brokenAt: third!.id,
      reason: "missing-or-reordered",
    });
  });

  it("keeps the chain intact when many transactions append at once", async () => {
    await Promise.all(Array.from({ length: 20 }, () => appendEvents(1)));
    expect(await verifyAuditChain(getDb())).toEqual({ ok: true, checked: 20 });
  });
});
