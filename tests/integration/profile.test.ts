import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { runAction } from "@/lib/access/action";
import { updateProfile } from "@/lib/profile/operations";
import { auditEvents, identities, privacyRequests, users } from "@/lib/db/schema";
import { loadContact } from "@/lib/contact/queries";
import { IDENTITY_CATEGORY, loadIdentity, openCorrection } from "@/lib/identity/queries";
import { loadProfilePage, OWN_PROFILE_PAGE, toProfilePage, type ProfilePageRow } from "@/lib/profile/page-data";
import { loadActor } from "@/lib/auth/actor";
import { loadProfile } from "@/lib/profile/queries";
import { createSession, createUser, grantSupport, requestAs } from "../support/factories";

const valid = {
  nickname: "Ally",
  gender: "female",
  birthDate: "1990-05-06",
  interests: "tea, running, tea",
  version: 1,
};

describe("editing the profile", () => {
  it("saves, bumps the version and records which fields changed, not their values", async () => {
    const me = await createUser({ age: 35 });
    const result = await runAction(updateProfile, valid, requestAs(await createSession(me.id)));
    expect(result).toMatchObject({ ok: true, data: { nickname: "Ally", interests: ["tea", "running"], version: 2 } });
    const [event] = await getDb().select().from(auditEvents);
    expect(event!.fields).toEqual(expect.arrayContaining(["nickname", "gender", "birthDate", "interests"]));
    expect(JSON.stringify(event)).not.toContain("Ally");
  });

  it("refuses a stale form with the fresh values, and changes nothing", async () => {
    const me = await createUser({ age: 35 });
    const sid = await createSession(me.id);
    expect((await runAction(updateProfile, valid, requestAs(sid))).ok).toBe(true);
    const stale = await runAction(updateProfile, { ...valid, nickname: "Other tab" }, requestAs(sid));
    expect(stale).toMatchObject({
      ok: false,
      error: { code: "conflict", details: { nickname: "Ally", version: 2 } },
    });
    const [row] = await getDb().select().from(users).where(eq(users.id, me.id));
    expect(row).toMatchObject({ nickname: "Ally", version: 2 });
  });

  it("names each bad field and writes nothing", async () => {
    const me = await createUser({ age: 35 });
    const result = await runAction(
      updateProfile,
      { nickname: "<script>", gender: "robot", birthDate: "2999-01-01", interests: "x".repeat(30), version: "abc" },
      requestAs(await createSession(me.id)),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.error.fields!).sort()).toEqual([
      "birthDate",
      "gender",
      "interests.0",
      "nickname",
      "version",
    ]);
    const [row] = await getDb().select().from(users).where(eq(users.id, me.id));
    expect(row!.version).toBe(1);
  });

  it("does not let a birthday edit cross 14 or 18", async () => {
    const teen = await createUser({ age: 16 });
    const result = await runAction(
      updateProfile,
      { ...valid, birthDate: "1980-01-01" },
      requestAs(await createSession(teen.id)),
    );
    expect(result).toMatchObject({
      ok: false,
      error: { fields: { birthDate: [expect.stringMatching(/needs a review/)] } },
    });
  });

  it("lets support with a write grant correct it, and not with a read grant", async () => {
    const shopper = await createUser({ age: 35 });
    const writer = await createUser({ roles: ["support"] });
    const reader = await createUser({ roles: ["support"] });
    await grantSupport(writer.id, shopper.id, "write");
    await grantSupport(reader.id, shopper.id, "read");
    const read = await runAction(updateProfile, valid, requestAs(await createSession(reader.id), shopper.id));
    expect(read).toMatchObject({ ok: false, error: { code: "forbidden" } });
    const write = await runAction(updateProfile, valid, requestAs(await createSession(writer.id), shopper.id));
    expect(write.ok).toBe(true);
    const events = await getDb().select().from(auditEvents).where(eq(auditEvents.outcome, "ok"));
    expect(events[0]).toMatchObject({ via: "support", actorId: writer.id, subjectId: shopper.id });
  });

  it("the profile page's single query returns what the separate loaders return", async () => {
    const me = await createUser({ email: "page.profile@example.com", phone: "13900001111" });
    const db = getDb();
    await db.insert(identities).values({ userId: me.id, legalName: "张三丰", idNumber: "110101199001011234" });
    await db.insert(privacyRequests).values({
      userId: me.id,
      type: "correction",
      category: IDENTITY_CATEGORY,
      summary: "The name is misspelt",
      dueAt: new Date(Date.now() + 15 * 86_400_000),
    });
    const page = await loadProfilePage(me.id, true);
    const contact = await loadContact(db, me.id);
    expect(page).toEqual({
      profile: await loadProfile(db, me.id),
      contact: { email: contact!.email, phone: contact!.phone },
      identity: await loadIdentity(db, me.id),
      correction: await openCorrection(db, me.id),
    });
    expect(page!.identity!.idNumber).not.toContain("19900101");
    // Someone who may not see the identity gets none of it.
    expect(await loadProfilePage(me.id, false)).toMatchObject({ identity: null, correction: null });
    // The same page read with the session check, as the page itself asks for it.
    const session = await createSession(me.id);
    const actor = await loadActor(db, session, OWN_PROFILE_PAGE);
    expect(actor?.id).toBe(me.id);
    expect(toProfilePage(actor!.own as ProfilePageRow, true)).toEqual(page);
    expect(toProfilePage(actor!.own as ProfilePageRow, false)).toMatchObject({ identity: null, correction: null });
  });
});
