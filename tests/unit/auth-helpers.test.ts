import { describe, expect, it } from "vitest";
import { identifierHash, normalizeIdentifier } from "@/lib/auth/identifier";
import { safeNextPath } from "@/lib/auth/next-path";
import { ageOn, signUpSchema } from "@/lib/auth/schemas";
import { describeUserAgent } from "@/lib/auth/user-agent";
import { pickLocale } from "@/lib/i18n/config";

describe("sign-in identifiers", () => {
  it("recognises a mobile number typed with spaces and an email in any case", () => {
    expect(normalizeIdentifier(" 138 1234-5678 ")).toEqual({ kind: "phone", value: "13812345678" });
    expect(normalizeIdentifier("Alice@Example.COM")).toEqual({ kind: "email", value: "alice@example.com" });
  });

  it("hashes identifiers with a key so the same input maps to the same counter only under one secret", () => {
    expect(identifierHash("a", "x")).toBe(identifierHash("a", "x"));
    expect(identifierHash("a", "x")).not.toBe(identifierHash("b", "x"));
  });
});

describe("redirect after sign-in", () => {
  it("only follows paths on this site", () => {
    expect(safeNextPath("/account/privacy")).toBe("/account/privacy");
    expect(safeNextPath("//evil.example/x")).toBe("/account");
    expect(safeNextPath("https://evil.example")).toBe("/account");
    expect(safeNextPath("/\\evil.example")).toBe("/account");
    expect(safeNextPath(undefined)).toBe("/account");
  });
});

describe("sign-up rules", () => {
  const valid = {
    username: "newbie",
    email: "New@Example.com",
    password: "long enough pw",
    birthDate: "1990-05-01",
    acceptPolicy: "on",
  };

  it("accepts a complete form and normalises the email", () => {
    const parsed = signUpSchema.parse(valid);
    expect(parsed.email).toBe("new@example.com");
  });

  it("names the field at fault", () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ ...valid, username: "<script>alert(1)</script>" }, "username"],
      [{ ...valid, email: "not-an-email" }, "email"],
      [{ ...valid, email: "", phone: "" }, "email"],
      [{ ...valid, password: "short" }, "password"],
      [{ ...valid, birthDate: "2999-01-01" }, "birthDate"],
      [{ ...valid, birthDate: "1990-13-45" }, "birthDate"],
      [{ ...valid, acceptPolicy: undefined }, "acceptPolicy"],
      [{ ...valid, username: "x".repeat(5000) }, "username"],
      [{ ...valid, phone: "12ab" }, "phone"],
    ];
    for (const [input, field] of cases) {
      const result = signUpSchema.safeParse(input);
      expect(result.success, JSON.stringify(input).slice(0, 60)).toBe(false);
      expect(result.error!.issues.map((i) => i.path[0])).toContain(field);
    }
  });

  it("computes age on a given day", () => {
    expect(ageOn("2012-06-15", new Date("2026-06-14T00:00:00Z"))).toBe(13);
    expect(ageOn("2012-06-15", new Date("2026-06-15T00:00:00Z"))).toBe(14);
  });
});

describe("locale and user agent", () => {
  it("prefers the saved choice, then the browser's language", () => {
    expect(pickLocale("zh-CN", "en")).toBe("zh-CN");
    expect(pickLocale(undefined, "zh-TW,zh;q=0.9")).toBe("zh-CN");
    expect(pickLocale("xx", "fr,en;q=0.5")).toBe("en");
    expect(pickLocale(undefined, null)).toBe("en");
  });

  it("describes a browser a person can recognise", () => {
    const ua =
      "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Version/18.0 Mobile/15E148 Safari/604.1";
    expect(describeUserAgent(ua)).toEqual({ browser: "Safari 18", device: "iOS phone" });
  });
});
