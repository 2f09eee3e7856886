import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { dbHandle, getDb } from "@/lib/db/client";
import { runAction } from "@/lib/access/action";
import { auditEvents, exportLinks, guardianships } from "@/lib/db/schema";
import { downloadResponse } from "@/lib/export/download";
import { createExportLink, revokeExportLink } from "@/lib/export/operations";
import { createSession, createUser, grantSupport, linkGuardian, requestAs } from "../support/factories";
import { seedPersonalData } from "../support/personal-data";

async function shopper(opts: { confirmedMinutesAgo?: number; age?: number } = {}) {
  const user = await createUser({ age: opts.age });
  return { user, req: requestAs(await createSession(user.id, opts)) };
}

async function prepare(
  req: ReturnType<typeof requestAs>,
  selection: Record<string, unknown> = { categories: ["account", "searchHistory"] },
) {
  const result = await runAction(createExportLink, selection, req);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  const url = new URL(result.data.url, "http://localhost");
  return { ...result.data, token: url.pathname.split("/").at(-1)!, query: url.searchParams };
}

const usesOf = async (id: string) => (await getDb().select().from(exportLinks).where(eq(exportLinks.id, id)))[0]!.uses;

async function refusal(response: Response) {
  expect(response.headers.get("content-type")).toContain("application/json");
  return { status: response.status, body: (await response.json()) as { error: string; reason: string } };
}

describe("preparing a download", () => {
  it("needs a recent sign-in", async () => {
    const { req } = await shopper({ confirmedMinutesAgo: 30 });
    expect(await runAction(createExportLink, { categories: ["account"] }, req)).toMatchObject({
      ok: false,
      error: { code: "step_up_required" },
    });
  });

  it("is never open to a support agent, whatever the grant", async () => {
    const { user } = await shopper();
    const agent = await createUser({ roles: ["support"] });
    await grantSupport(agent.id, user.id, "write");
    const req = requestAs(await createSession(agent.id), user.id);
    expect(await runAction(createExportLink, { categories: ["account"] }, req)).toMatchObject({
      ok: false,
      error: { code: "forbidden" },
    });
  });

  it("names an unknown category, an empty choice and an inverted range as field errors", async () => {
    const { req } = await shopper();
    const cases: [Record<string, unknown>, string][] = [
      [{ categories: ["account", "passwords"] }, "categories"],
      [{ categories: [] }, "categories"],
      [{ categories: ["account"], from: "2025-05-02", to: "2025-05-01" }, "to"],
      [{ categories: ["account"], from: "2025-02-30" }, "from"],
    ];
    for (const [input, field] of cases) {
      const result = await runAction(createExportLink, input, req);
      expect(result, JSON.stringify(input)).toMatchObject({ ok: false, error: { code: "invalid_input" } });
      if (!result.ok) expect(Object.keys(result.error.fields ?? {})).toEqual([field]);
    }
    expect(await getDb().select().from(exportLinks)).toHaveLength(0);
  });

  it("limits archives per day with a message that says when the next one is possible", async () => {
    const { req } = await shopper();
    for (let i = 0; i < 5; i++) await prepare(req);
    const sixth = await runAction(createExportLink, { categories: ["account"] }, req);
    expect(sixth).toMatchObject({ ok: false, error: { code: "rate_limited" } });
    if (!sixth.ok) expect(sixth.error.message).toMatch(/5 archives a day.*from /);
  });
});

describe("using a download link", () => {
  it("refuses anyone but the person who prepared it, without streaming anything", async () => {
    const owner = await shopper();
    const link = await prepare(owner.req);
    const other = await shopper();
    expect(await refusal(await downloadResponse(link.token, link.query, other.req))).toMatchObject({
      status: 403,
      body: { reason: "other_user" },
    });
    expect((await refusal(await downloadResponse(link.token, link.query, requestAs(null)))).status).toBe(401);
    expect(await usesOf(link.id)).toBe(0);
    const [denied] = await getDb()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.operation, "data.download"), eq(auditEvents.outcome, "denied")));
    expect(denied).toMatchObject({ actorId: other.user.id, subjectId: owner.user.id, targetId: link.id });
  });

  it("refuses a changed selection", async () => {
    const { req } = await shopper();
    const link = await prepare(req, { categories: ["account"], from: "2024-01-01" });
    const tampered = [
      "categories=account,searchHistory&from=2024-01-01",
      "categories=account",
      "categories=account&from=2023-01-01",
      "categories=account&from=2024-01-01&to=2024-12-31",
      "categories=account,account&from=2024-01-01",
    ];
    for (const q of tampered) {
      const r = await refusal(await downloadResponse(link.token, new URLSearchParams(q), req));
      expect(r, q).toMatchObject({ status: 403, body: { reason: "tampered" } });
    }
    expect(await usesOf(link.id)).toBe(0);
  });

  it("refuses a link after it expires, once revoked, and once used up", async () => {
    const { req } = await shopper();
    const expired = await prepare(req);
    await getDb()
      .update(exportLinks)
      .set({ expiresAt: sql`created_at + interval '1 second'` })
      .where(eq(exportLinks.id, expired.id));
    await new Promise((r) => setTimeout(r, 1100));
    expect((await refusal(await downloadResponse(expired.token, expired.query, req))).status).toBe(410);

    const revoked = await prepare(req);
    expect(await runAction(revokeExportLink, { id: revoked.id }, req)).toMatchObject({ ok: true });
    expect(await refusal(await downloadResponse(revoked.token, revoked.query, req))).toMatchObject({
      status: 410,
      body: { reason: "revoked" },
    });

    const used = await prepare(req);
    for (let i = 0; i < 3; i++) {
      const ok = await downloadResponse(used.token, used.query, req);
      expect(ok.status).toBe(200);
      await ok.arrayBuffer();
    }
    expect(await refusal(await downloadResponse(used.token, used.query, req))).toMatchObject({
      status: 410,
      body: { reason: "usedUp" },
    });
    const downloads = await getDb()
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.operation, "data.download"), eq(auditEvents.outcome, "ok")));
    expect(downloads).toHaveLength(3);
    expect((await refusal(await downloadResponse("not-a-token", used.query, req))).status).toBe(404);
  });

  it("lets a guardian download a child's data, and stops when the guardianship ends", async () => {
    const child = await shopper({ age: 10 });
    const guardian = await shopper({ age: 40 });
    await linkGuardian(guardian.user.id, child.user.id);
    const asGuardian = requestAs(guardian.req.sessionId, child.user.id);
    const link = await prepare(asGuardian);
    const ok = await downloadResponse(link.token, link.query, asGuardian);
    expect(ok.status).toBe(200);
    await ok.arrayBuffer();
    await getDb().update(guardianships).set({ status: "ended" }).where(eq(guardianships.minorId, child.user.id));
    expect((await refusal(await downloadResponse(link.token, link.query, asGuardian))).status).toBe(403);
  });

  it("counts a download that is cut off, and leaves nothing behind", async () => {
    const { user, req } = await shopper();
    await seedPersonalData(user.id, "CUTOFFx1", { browsing: 30_000 });
    const link = await prepare(req, { categories: ["browsingHistory", "searchHistory"] });
    const response = await downloadResponse(link.token, link.query, req);
    expect(response.status).toBe(200);
    const reader = response.body!.getReader();
    const first = await reader.read();
    expect(first.value!.length).toBeGreaterThan(0);
    await reader.cancel();
    expect(await usesOf(link.id)).toBe(1);
    // No transaction is left open on PostgreSQL, and no COPY goes on sending to nobody; on PGlite the database
    // simply goes on answering.
    if (dbHandle().driver === "postgres") {
      await new Promise((r) => setTimeout(r, 200));
      const open = await dbHandle().query<{ n: number }>(
        `select count(*)::int as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()
           and (state like 'idle in transaction%' or query like 'copy (%')`,
        [],
      );
      expect(open[0]!.n).toBe(0);
    }
    const again = await downloadResponse(link.token, link.query, req);
    expect(again.status).toBe(200);
    expect((await again.arrayBuffer()).byteLength).toBeGreaterThan(1_000_000);
    expect(await usesOf(link.id)).toBe(2);
  });
});
