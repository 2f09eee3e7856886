import { describe, expect, it } from "vitest";
import { maskCard, maskEmail, maskIdNumber, maskName, maskPhone } from "@/lib/privacy/mask";

describe("masking", () => {
  it("masks values the way the privacy policy promises", () => {
    expect(maskPhone("13812345678")).toBe("138****5678");
    expect(maskPhone("+8613812345678")).toBe("138****5678");
    expect(maskEmail("alice@example.com")).toBe("a***@example.com");
    expect(maskIdNumber("110101199001011234")).toBe("1101**********1234");
    expect(maskCard("4242")).toBe("**** 4242");
  });

  it("never returns the full value for short or odd input", () => {
    expect(maskPhone("12345")).not.toContain("2345");
    expect(maskEmail("@nouser")).toBe("***");
    expect(maskIdNumber("12345678")).toBe("********");
    expect(maskName("张爱丽")).toBe("张**");
    expect(maskPhone(null)).toBeNull();
  });
});
