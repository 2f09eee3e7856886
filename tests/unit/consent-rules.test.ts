import { describe, expect, it } from "vitest";
import { decide } from "@/lib/consent/decide";
import { isChoiceKey } from "@/lib/consent/keys";
import { allowedCookies, parseCookieChoice, serializeCookieChoice } from "@/lib/cookies/choice";
import { compareVersions, nextVersion, VERSION_PATTERN } from "@/lib/policy/versions";
import { categoriesForTag } from "@/lib/shop/categories";

const adult = "1990-01-01";
const child = `${new Date().getUTCFullYear() - 9}-01-01`;

describe("the consent decision", () => {
  it("follows the recorded choice, else the default", () => {
    const facts = { status: "active" as const, birthDate: adult };
    expect(decide("marketing.email", { ...facts, granted: null, source: null })).toEqual({
      allowed: true,
      reason: "default_on",
    });
    expect(decide("sharing.thirdPartyMarketing", { ...facts, granted: null, source: null })).toEqual({
      allowed: false,
      reason: "default_off",
    });
    expect(decide("marketing.email", { ...facts, granted: false, source: "self" })).toEqual({
      allowed: false,
      reason: "withdrawn",
    });
    expect(decide("sharing.thirdPartyMarketing", { ...facts, granted: true, source: "guardian" })).toEqual({
      allowed: true,
      reason: "consented",
    });
    expect(decide("cookies.advertising", { ...facts, granted: false, source: "gpc" })).toEqual({
      allowed: false,
      reason: "gpc",
    });
  });

  it("protects a child and never uses the data of an account that is not active", () => {
    expect(decide("marketing.email", { status: "active", birthDate: child, granted: null, source: null })).toEqual({
      allowed: false,
      reason: "child_protection",
    });
    for (const status of ["pending_consent", "held", "cancellation_pending", "erased"] as const) {
      expect(decide("marketing.email", { status, birthDate: adult, granted: true, source: "self" }).allowed).toBe(
        false,
      );
    }
  });

  it("knows the purposes and the category choices, and nothing else", () => {
    expect(isChoiceKey("marketing.sms")).toBe(true);
    expect(isChoiceKey("personalization.category.books")).toBe(true);
    expect(isChoiceKey("personalization.category.weapons")).toBe(false);
    expect(isChoiceKey("toString")).toBe(false);
    expect(isChoiceKey("__proto__")).toBe(false);
  });
});

describe("the cookie choice", () => {
  it("round-trips through its cookie and refuses anything else", () => {
    const choice = { analytics: true, advertising: false, gpcOverride: false, visitor: "abcdEFGH1234" };
    expect(parseCookieChoice(serializeCookieChoice(choice))).toEqual(choice);
    expect(parseCookieChoice("v1.1.1.0.short")).toBeNull();
    expect(parseCookieChoice("v2.1.1.0.abcdEFGH1234")).toBeNull();
    expect(parseCookieChoice(undefined)).toBeNull();
  });

  it("keeps advertising cookies off under Global Privacy Control unless the override was confirmed", () => {
    const yes = { analytics: true, advertising: true, gpcOverride: false };
    expect(allowedCookies(yes, false)).toEqual({ analytics: true, advertising: true });
    expect(allowedCookies(yes, true)).toEqual({ analytics: true, advertising: false });
    expect(allowedCookies({ ...yes, gpcOverride: true }, true)).toEqual({ analytics: true, advertising: true });
    expect(allowedCookies(null, false)).toEqual({ analytics: false, advertising: false });
  });
});

describe("policy versions", () => {
  it("compares numerically and suggests the next one", () => {
    expect(compareVersions("1.10", "1.9")).toBe(1);
    expect(compareVersions("2.0", "2.0.0")).toBe(0);
    expect(compareVersions("1.0", "1.0.1")).toBe(-1);
    expect(nextVersion("1.9")).toBe("1.10");
    expect(nextVersion(null)).toBe("1.0");
    expect(VERSION_PATTERN.test("1.0")).toBe(true);
    expect(VERSION_PATTERN.test("1.0-beta")).toBe(false);
  });
});

describe("interest tags", () => {
  it("point to the categories they speak for", () => {
    expect(categoriesForTag("tea lover")).toEqual(expect.arrayContaining(["grocery", "home"]));
    expect(categoriesForTag("runner")).toEqual(expect.arrayContaining(["sports"]));
    expect(categoriesForTag("zzz")).toEqual([]);
  });
});
