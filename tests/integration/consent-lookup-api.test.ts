import { describe, expect, it } from "vitest";
import { runAction } from "@/lib/access/action";
import { setChoice } from "@/lib/consent/operations";
import { lookupPermission } from "@/lib/consent/lookup-api";
import { createSession, createUser, requestAs } from "../support/factories";
import { publishTestPolicy } from "../support/privacy";

const TOKEN = `Bearer ${process.env.SERVICE_API_TOKEN}`;
const ask = async (auth: string | null, id: string, purpose: string | null) => {
  const res = await lookupPermission(auth, id, purpose);
  return { status: res.status, body: (await res.json()) as Record<string, unknown>, headers: res.headers };
};

describe("the consent look-up API", () => {
  it("answers allowed or not, and why, for a known subject and purpose", async () => {
    await publishTestPolicy("2.1");
    const user = await createUser();
    expect(await ask(TOKEN, user.id, "marketing.email")).toMatchObject({
      status: 200,
      body: { subject: user.id, purpose: "marketing.email", allowed: true, reason: "default_on", source: "default" },
    });
    await runAction(
      setChoice,
      { purpose: "marketing.email", granted: false, seq: Date.now() },
      requestAs(await createSession(user.id)),
    );
    const { status, body, headers } = await ask(TOKEN, user.id, "marketing.email");
    expect(status).toBe(200);
    expect(body).toMatchObject({ allowed: false, reason: "withdrawn", source: "self", policyVersion: "2.1" });
    expect(typeof body.decidedAt).toBe("string");
    expect(headers.get("cache-control")).toBe("no-store");
  });

  it("answers 401 without a valid service token, whatever else is asked", async () => {
    const user = await createUser();
    for (const auth of [
      null,
      "",
      "Bearer",
      "Bearer wrong-token",
      `Basic ${process.env.SERVICE_API_TOKEN}`,
      `${TOKEN}x`,
    ]) {
      const { status, body, headers } = await ask(auth, user.id, "marketing.email");
      expect(status, String(auth)).toBe(401);
      expect(body).toEqual({ error: "unauthorized" });
      expect(headers.get("www-authenticate")).toMatch(/^Bearer/);
    }
  });

  it("answers 404 alike for unknown and malformed subjects, and 400 for unknown purposes", async () => {
    const user = await createUser();
    for (const id of ["00000000-0000-4000-8000-000000000000", "not-a-uuid", "' or 1=1 --"]) {
      expect(await ask(TOKEN, id, "marketing.email")).toMatchObject({ status: 404, body: { error: "not_found" } });
    }
    expect(await ask(TOKEN, user.id, "marketing.pigeon")).toMatchObject({
      status: 400,
      body: { error: "unknown_purpose" },
    });
    expect(await ask(TOKEN, user.id, null)).toMatchObject({ status: 400, body: { error: "purpose_required" } });
  });

  it("answers about the subject asked for only", async () => {
    const a = await createUser();
    const b = await createUser();
    await runAction(
      setChoice,
      { purpose: "sharing.thirdPartyMarketing", granted: true, seq: Date.now() },
      requestAs(await createSession(a.id)),
    );
    expect((await ask(TOKEN, a.id, "sharing.thirdPartyMarketing")).body).toMatchObject({ allowed: true });
    const other = await ask(TOKEN, b.id, "sharing.thirdPartyMarketing");
    expect(other.body).toMatchObject({ subject: b.id, allowed: false, reason: "default_off" });
    expect(JSON.stringify(other.body)).not.toContain(a.id);
  });

  it("says no for a child, and for an account that is held or erased", async () => {
    const child = await createUser({ age: 9 });
    expect((await ask(TOKEN, child.id, "marketing.email")).body).toMatchObject({
      allowed: false,
      reason: "child_protection",
    });
    const held = await createUser({ status: "held" });
    expect((await ask(TOKEN, held.id, "marketing.email")).body).toMatchObject({
      allowed: false,
      reason: "account_not_active",
    });
  });
});
