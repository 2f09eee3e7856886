import { and, count, eq, isNull, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { runAction } from "@/lib/access/action";
import { mailOutbox, notifications, policyAcknowledgments, policyVersions, users } from "@/lib/db/schema";
import { acknowledgePolicy, publishPolicy } from "@/lib/policy/operations";
import { noMaterialVersionYet, policyBannerFor } from "@/lib/policy/queries";
import { createSession, createUser, requestAs } from "../support/factories";
import { publishTestPolicy } from "../support/privacy";

const draft = (version: string, material: boolean) => ({
  version,
  material: material ? "on" : "",
  summaryEn: "Search history is now kept for 90 days at most.",
  summaryZh: "搜索历史最多保留 90 天。",
  bodyEn: "Search history is now kept for 90 days at most. Everything else stays as it was.",
  bodyZh: "搜索历史最多保留 90 天。其他内容不变。",
});

async function officer() {
  const user = await createUser({ roles: ["officer"] });
  return requestAs(await createSession(user.id));
}

// Accounts made before the change (the banner is for people who accepted an older version).
async function olderShopper(locale = "en") {
  const user = await createUser();
  await getDb()
    .update(users)
    .set({ locale, createdAt: sql`now() - interval '30 days'` })
    .where(eq(users.id, user.id));
  const sessionId = await createSession(user.id);
  return { user, sessionId, req: requestAs(sessionId) };
}

describe("publishing a policy version", () => {
  it("is for the privacy officer only, and needs a version newer than the one in force", async () => {
    await publishTestPolicy("1.0", false, 10);
    const shopper = await olderShopper();
    expect(await runAction(publishPolicy, draft("1.1", false), shopper.req)).toMatchObject({
      ok: false,
      error: { code: "forbidden" },
    });
    const asOfficer = await officer();
    for (const version of ["1.0", "0.9", "1.0.0"]) {
      const result = await runAction(publishPolicy, draft(version, false), asOfficer);
      expect(result, version).toMatchObject({ ok: false, error: { code: "invalid_input" } });
      if (!result.ok) expect(result.error.fields?.version).toEqual(["Use a version higher than the one in force."]);
    }
    expect(await runAction(publishPolicy, { ...draft("1.1", false), version: "v2" }, asOfficer)).toMatchObject({
      ok: false,
      error: { code: "invalid_input", fields: { version: expect.any(Array) } },
    });
    expect(await getDb().select({ n: count() }).from(policyVersions)).toEqual([{ n: 1 }]);
  });

  it("announces a material change: a notice for everyone, an email in each person's language, a banner", async () => {
    await publishTestPolicy("1.0", false, 10);
    const en = await olderShopper("en");
    const zh = await olderShopper("zh-CN");
    const erased = await createUser({ status: "erased", email: "gone@example.com" });
    expect(await policyBannerFor(en.sessionId)).toBeNull();

    const result = await runAction(publishPolicy, draft("1.1", true), await officer());
    expect(result).toMatchObject({ ok: true, data: { version: "1.1", material: true } });
    // Pages no longer skip the banner's read in this process once a material version is out.
    expect(noMaterialVersionYet()).toBe(false);
    const notices = await getDb().select().from(notifications).where(eq(notifications.kind, "policy"));
    expect(notices.map((n) => n.userId)).toEqual(expect.arrayContaining([en.user.id, zh.user.id]));
    expect(notices.some((n) => n.userId === erased.id)).toBe(false);
    const [mailEn] = await getDb().select().from(mailOutbox).where(eq(mailOutbox.toAddress, en.user.email!));
    expect(mailEn).toMatchObject({ channel: "email", subject: "Our privacy policy has changed (version 1.1)" });
    expect(mailEn!.body).toContain("Search history is now kept for 90 days at most.");
    expect(mailEn!.body).toContain("/policy/versions/1.1");
    const [mailZh] = await getDb().select().from(mailOutbox).where(eq(mailOutbox.toAddress, zh.user.email!));
    expect(mailZh!.subject).toBe("我们的隐私政策已更新（版本 1.1）");
    expect(mailZh!.body).toContain("搜索历史最多保留 90 天。");
    expect(await policyBannerFor(en.sessionId)).toMatchObject({ version: "1.1" });
  });

  it("publishes a non-material change quietly", async () => {
    await publishTestPolicy("1.0", false, 10);
    const shopper = await olderShopper();
    expect(await runAction(publishPolicy, draft("1.0.1", false), await officer())).toMatchObject({ ok: true });
    expect(await getDb().select({ n: count() }).from(mailOutbox)).toEqual([{ n: 0 }]);
    expect(await getDb().select({ n: count() }).from(notifications)).toEqual([{ n: 0 }]);
    expect(await policyBannerFor(shopper.sessionId)).toBeNull();
  });
});

describe("acknowledging a material change", () => {
  it("records the acknowledgment, ends the banner and reads the notice", async () => {
    await publishTestPolicy("1.0", false, 10);
    const shopper = await olderShopper();
    await runAction(publishPolicy, draft("1.1", true), await officer());
    expect(await runAction(acknowledgePolicy, { version: "1.1" }, shopper.req)).toEqual({
      ok: true,
      data: { version: "1.1" },
    });
    expect(await policyBannerFor(shopper.sessionId)).toBeNull();
    const unread = await getDb()
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, shopper.user.id), isNull(notifications.readAt)));
    expect(unread).toHaveLength(0);
  });

  it("keeps the banner through a later non-material version, which is then the one to acknowledge", async () => {
    await publishTestPolicy("1.0", false, 10);
    const shopper = await olderShopper();
    const asOfficer = await officer();
    await runAction(publishPolicy, draft("1.1", true), asOfficer);
    await getDb().execute(
      sql`update policy_versions set published_at = now() - interval '1 hour' where version = '1.1'`,
    );
    await runAction(publishPolicy, draft("1.2", false), asOfficer);
    expect(await policyBannerFor(shopper.sessionId)).toMatchObject({ version: "1.2" });
    // The version on a page left open is stale now: refused, nothing written.
    expect(await runAction(acknowledgePolicy, { version: "1.1" }, shopper.req)).toMatchObject({
      ok: false,
      error: { code: "conflict", message: expect.stringContaining("1.2") },
    });
    expect(await getDb().select({ n: count() }).from(policyAcknowledgments)).toEqual([{ n: 0 }]);
    for (const bad of [{ version: "9.9" }, { version: "latest" }, { version: "1.2", userId: shopper.user.id }]) {
      expect((await runAction(acknowledgePolicy, bad, shopper.req)).ok, JSON.stringify(bad)).toBe(false);
    }
    expect(await getDb().select({ n: count() }).from(policyAcknowledgments)).toEqual([{ n: 0 }]);
    expect(await runAction(acknowledgePolicy, { version: "1.2" }, shopper.req)).toMatchObject({ ok: true });
    expect(await policyBannerFor(shopper.sessionId)).toBeNull();
  });

  it("is not asked of someone who signed up after the change", async () => {
    await publishTestPolicy("1.1", true, 2);
    const newcomer = await createUser();
    expect(await policyBannerFor(await createSession(newcomer.id))).toBeNull();
  });
});
