import { describe, expect, it } from "vitest";
import { formatDate } from "@/lib/i18n/format";

describe("formatDate", () => {
  const at = new Date("2026-03-04T05:06:00Z");

  it("writes a date in the shop's time zone, in the reader's language and style", () => {
    expect(formatDate("en", at, "long")).toBe("March 4, 2026");
    expect(formatDate("en", at, "dateTime")).toBe("Mar 4, 2026, 1:06 PM");
    expect(formatDate("zh-CN", at, "long")).toBe("2026年3月4日");
  });

  it("gives each language, style and instant its own text when asked again", () => {
    for (let round = 0; round < 2; round++) {
      expect(formatDate("en", at, "medium")).toBe("Mar 4, 2026");
      expect(formatDate("zh-CN", at, "medium")).toBe("2026年3月4日");
      expect(formatDate("en", new Date(at.getTime() + 86_400_000), "medium")).toBe("Mar 5, 2026");
    }
  });
});
