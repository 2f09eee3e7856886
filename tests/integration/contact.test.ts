import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { runAction } from "@/lib/access/action";
import { confirmContactChange, requestContactChange, resendContactCode } from "@/lib/contact/operations";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { auditEvents, contactChangeCodes, mailOutbox } from "@/lib/db/schema";
import { age, challengeRow, db, requestEmail, rows, shopper, userRow } from "../support/contact";
import { codeSentTo, createUser, lastMessageTo, PASSWORD } from "../support/factories";

describe("changing the sign-in email", () => {
  it("sends a code to the new address only; the account is unchanged until it comes back", async () => {
    const { user, as } = await shopper({ email: "old@example.com" });
    const data = await requestEmail(as, "  New.Address@Example.com ");
    expect(data).toMatchObject({ channel: "email", sentTo: "new.address@example.com" });
    const message = await lastMessageTo("new.address@example.com");
    expect(message).toMatchObject({ channel: "email", userId: user.id, status: "queued" });
    expect(message!.subject).toBe("Your Personal Center verification code");
    const code = await codeSentTo("new.address@example.com");
    const challenge = await challengeRow(data.challengeId);
    // Only a keyed hash is kept.
    expect(challenge.codeHash).not.toContain(code);
    expect(challenge.codeHash).toMatch(/^[0-9a-f]{64}$/);
    expect((await userRow(user.id)).email).toBe("old@example.com");
    expect(await lastMessageTo("old@example.com")).toBeNull();
    const [event] = await db().select().from(auditEvents);
    expect(event).toMatchObject({ operation: "contact.requestChange", targetId: data.challengeId });
    expect(JSON.stringify(event)).not.toContain("new.address");
  });

  it("changes the address with the right code, tells the old one, bumps the version, and signs in with it", async () => {
    const { user, as } = await shopper({ email: "before@example.com" });
    const { challengeId } = await requestEmail(as, "after@example.com");
    const result = await runAction(
      confirmContactChange,
      { challengeId, code: await codeSentTo("after@example.com") },
      as,
    );
    expect(result).toEqual({ ok: true, data: { channel: "email", value: "a***@example.com", told: true } });
    const row = await userRow(user.id);
    expect(row).toMatchObject({ email: "after@example.com", version: user.version + 1 });
    expect(await challengeRow(challengeId)).toMatchObject({ status: "confirmed" });
    const notice = await lastMessageTo("before@example.com");
    expect(notice).toMatchObject({ channel: "email", subject: "Your sign-in email address was changed" });
    expect(notice!.body).toContain("a***@example.com");
    expect(notice!.body).not.toContain("after@example.com");
    const events = await db().select().from(auditEvents).where(eq(auditEvents.operation, "contact.confirmChange"));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ fields: ["email"], subjectId: user.id, outcome: "ok" });

    const signIn = (identifier: string) =>
      signInWithPassword(db(), { identifier, password: PASSWORD, ip: null, userAgent: null });
    expect(await signIn("after@example.com")).toMatchObject({ ok: true });
    expect(await signIn("before@example.com")).toMatchObject({ ok: false, reason: "invalid" });
  });

  it("writes the code and the notice in the recipient's language", async () => {
    const { as } = await shopper({ email: "zh-old@example.com", locale: "zh-CN" });
    const { challengeId } = await requestEmail(as, "zh-new@example.com");
    const message = await lastMessageTo("zh-new@example.com");
    expect(message!.subject).toBe("您的个人中心验证码");
    expect(message!.body).toContain("分钟内有效");
    await runAction(confirmContactChange, { challengeId, code: await codeSentTo("zh-new@example.com") }, as);
    expect((await lastMessageTo("zh-old@example.com"))!.subject).toBe("您的登录邮箱已修改");
  });

  it("refuses an address another account uses, without naming the account, and writes nothing", async () => {
    await createUser({ email: "taken@example.com", phone: "13900009999" });
    const { as } = await shopper();
    for (const [channel, value, message] of [
      ["email", "TAKEN@example.com", "This email address is already used by another account."],
      ["phone", "139-0000-9999", "This mobile number is already used by another account."],
    ] as const) {
      const result = await runAction(requestContactChange, { channel, value }, as);
      expect(result).toMatchObject({ ok: false, error: { code: "conflict", fields: { value: [expect.any(String)] } } });
      if (result.ok) continue;
      expect(result.error.fields!.value![0]).toContain(message);
      expect(JSON.stringify(result)).not.toMatch(/user\d+_/);
    }
    expect(await rows(contactChangeCodes)).toBe(0);
    expect(await rows(mailOutbox)).toBe(0);
    expect(await rows(auditEvents)).toBe(0);
  });

  it("refuses the address already in use by this account", async () => {
    const { as } = await shopper({ email: "same@example.com" });
    expect(await runAction(requestContactChange, { channel: "email", value: "Same@Example.com" }, as)).toMatchObject({
      ok: false,
      error: { fields: { value: ["That is already the address you sign in with."] } },
    });
  });

  it("refuses hostile and malformed input with a message per field and writes nothing", async () => {
    const { as } = await shopper();
    const cases: [unknown, string, RegExp][] = [
      [{ channel: "email", value: "<script>alert(1)</script>" }, "value", /email address like/],
      [{ channel: "email", value: `${"a".repeat(10_000)}@example.com` }, "value", /at most 254/],
      [{ channel: "phone", value: "12ab34" }, "value", /6 to 15 digits/],
      [{ channel: "phone", value: "1".repeat(16) }, "value", /6 to 15 digits/],
      [{ channel: "fax", value: "x@example.com" }, "channel", /not one of the allowed/],
      [{ channel: "email", value: 42 }, "value", /required|wrong type/],
      [{ channel: "email", value: ["a@example.com", "b@example.com"] }, "value", /./],
      [{ channel: "email", value: "   " }, "value", /required/],
    ];
    for (const [input, field, message] of cases) {
      const result = await runAction(requestContactChange, input, as);
      expect(result.ok, JSON.stringify(input).slice(0, 80)).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe("invalid_input");
      expect(result.error.fields?.[field]?.join(" ")).toMatch(message);
    }
    expect(await rows(contactChangeCodes)).toBe(0);
    expect(await rows(mailOutbox)).toBe(0);
    expect(await rows(auditEvents)).toBe(0);
  });

  it("refuses codes of the wrong length or format without using up a try", async () => {
    const { as } = await shopper();
    const { challengeId } = await requestEmail(as, "fmt@example.com");
    for (const code of ["12345", "1234567", "abcdef", "12 34 5a", "１２３４５６", "9".repeat(10_000), 123456]) {
      const result = await runAction(confirmContactChange, { challengeId, code }, as);
      expect(result).toMatchObject({
        ok: false,
        error: { code: "invalid_input", fields: { code: [expect.any(String)] } },
      });
    }
    const bad = await runAction(confirmContactChange, { challengeId: "' or 1=1 --", code: "123456" }, as);
    expect(bad).toMatchObject({ ok: false, error: { fields: { challengeId: [expect.stringMatching(/not valid/)] } } });
    expect((await challengeRow(challengeId)).attempts).toBe(0);
  });

  it("counts wrong codes even though each attempt fails, and ends the code after five", async () => {
    const { user, as } = await shopper({ email: "tries@example.com" });
    const { challengeId } = await requestEmail(as, "tries-new@example.com");
    const code = await codeSentTo("tries-new@example.com");
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, "0");
    const eventsBefore = await rows(auditEvents);
    for (let i = 1; i <= 5; i++) {
      const result = await runAction(confirmContactChange, { challengeId, code: wrong }, as);
      expect(result).toMatchObject({ ok: false, error: { code: "invalid_input" } });
      if (result.ok) return;
      expect(result.error.fields!.code![0]).toBe(
        i < 5
          ? `That code is not right. ${5 - i} ${5 - i === 1 ? "try" : "tries"} left.`
          : "That code is not right. No tries left: please ask for a new code.",
      );
      expect((await challengeRow(challengeId)).attempts).toBe(i);
    }
    expect(await challengeRow(challengeId)).toMatchObject({ status: "exhausted", attempts: 5 });
    // The right code no longer helps.
    expect(await runAction(confirmContactChange, { challengeId, code }, as)).toMatchObject({
      ok: false,
      error: { fields: { code: [expect.stringMatching(/Too many wrong tries/)] } },
    });
    expect((await userRow(user.id)).email).toBe("tries@example.com");
    // Failed tries change nothing else: no audit entry, no message.
    expect(await rows(auditEvents)).toBe(eventsBefore);
    expect(await rows(mailOutbox)).toBe(1);
  });

  it("refuses a code for another person's challenge and leaves that challenge alone", async () => {
    const victim = await shopper();
    const attacker = await shopper();
    const { challengeId } = await requestEmail(victim.as, "victim-new@example.com");
    const code = await codeSentTo("victim-new@example.com");
    const result = await runAction(confirmContactChange, { challengeId, code }, attacker.as);
    expect(result).toMatchObject({
      ok: false,
      error: { fields: { code: ["This code request was not found. Please start again."] } },
    });
    expect(await challengeRow(challengeId)).toMatchObject({ attempts: 0, status: "pending" });
    expect((await userRow(attacker.user.id)).email).not.toBe("victim-new@example.com");
    expect(await runAction(resendContactCode, { challengeId }, attacker.as)).toMatchObject({ ok: false });
  });

  it("refuses a code that was already used", async () => {
    const { as } = await shopper();
    const { challengeId } = await requestEmail(as, "once@example.com");
    const code = await codeSentTo("once@example.com");
    expect((await runAction(confirmContactChange, { challengeId, code }, as)).ok).toBe(true);
    expect(await runAction(confirmContactChange, { challengeId, code }, as)).toMatchObject({
      ok: false,
      error: { fields: { code: ["This code has already been used."] } },
    });
  });

  it("refuses an expired code without counting it", async () => {
    const { user, as } = await shopper({ email: "exp@example.com" });
    const { challengeId } = await requestEmail(as, "exp-new@example.com");
    const code = await codeSentTo("exp-new@example.com");
    await db()
      .update(contactChangeCodes)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(contactChangeCodes.id, challengeId));
    expect(await runAction(confirmContactChange, { challengeId, code }, as)).toMatchObject({
      ok: false,
      error: { fields: { code: ["This code has expired. Please ask for a new code."] } },
    });
    expect((await challengeRow(challengeId)).attempts).toBe(0);
    expect((await userRow(user.id)).email).toBe("exp@example.com");
  });

  it("a second request replaces the first, whose code stops working", async () => {
    const { as } = await shopper();
    const first = await requestEmail(as, "first@example.com");
    const firstCode = await codeSentTo("first@example.com");
    await age(first.challengeId);
    const second = await requestEmail(as, "second@example.com");
    expect(
      await runAction(confirmContactChange, { challengeId: first.challengeId, code: firstCode }, as),
    ).toMatchObject({ ok: false, error: { fields: { code: [expect.stringMatching(/newer code was sent/)] } } });
    const code = await codeSentTo("second@example.com");
    expect((await runAction(confirmContactChange, { challengeId: second.challengeId, code }, as)).ok).toBe(true);
  });

  it("refuses at confirmation when another account took the address meanwhile", async () => {
    const { user, as } = await shopper({ email: "mine@example.com" });
    const { challengeId } = await requestEmail(as, "contested@example.com");
    const code = await codeSentTo("contested@example.com");
    await createUser({ email: "contested@example.com" });
    expect(await runAction(confirmContactChange, { challengeId, code }, as)).toMatchObject({
      ok: false,
      error: { code: "conflict", fields: { code: [expect.stringMatching(/already used by another account/)] } },
    });
    expect((await userRow(user.id)).email).toBe("mine@example.com");
  });
});

describe("changing the mobile number", () => {
  it("sends the code by SMS, accepts the number as sign-up does, and tells the old number by SMS", async () => {
    const { user, as } = await shopper({ phone: "13800001111" });
    const result = await runAction(requestContactChange, { channel: "phone", value: "139 0000-2222" }, as);
    expect(result).toMatchObject({ ok: true, data: { channel: "phone", sentTo: "13900002222" } });
    if (!result.ok) return;
    const sms = await lastMessageTo("13900002222");
    expect(sms).toMatchObject({ channel: "sms" });
    expect(sms!.body).toMatch(/^\[Personal Center\] Your verification code is \d{6}/);
    const confirmed = await runAction(
      confirmContactChange,
      { challengeId: result.data.challengeId, code: ` ${await codeSentTo("13900002222")} ` },
      as,
    );
    expect(confirmed).toEqual({ ok: true, data: { channel: "phone", value: "139****2222", told: true } });
    expect((await userRow(user.id)).phone).toBe("13900002222");
    expect(await lastMessageTo("13800001111")).toMatchObject({ channel: "sms" });
  });

  it("with no previous number, tells the account's email instead", async () => {
    const { user, as } = await shopper({ email: "only-email@example.com" });
    const result = await runAction(requestContactChange, { channel: "phone", value: "+8613900003333" }, as);
    if (!result.ok) throw new Error(result.error.message);
    const code = await codeSentTo("+8613900003333");
    expect((await runAction(confirmContactChange, { challengeId: result.data.challengeId, code }, as)).ok).toBe(true);
    expect((await userRow(user.id)).phone).toBe("+8613900003333");
    expect((await lastMessageTo("only-email@example.com"))!.subject).toBe("Your sign-in mobile number was changed");
  });
});
