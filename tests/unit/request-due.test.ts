import { describe, expect, it } from "vitest";
import { dueDate } from "@/lib/requests/due";

// Instants at 10:00 in Shanghai (02:00 UTC).
const at = (day: string) => new Date(`${day}T02:00:00Z`);

describe("request due dates", () => {
  it("gives access requests 10 working days, skipping weekends", () => {
    // Monday 2025-03-03 + 10 working days = Monday 2025-03-17.
    expect(dueDate("access", at("2025-03-03"))).toEqual(at("2025-03-17"));
    // Friday 2025-03-07: the weekend is skipped at once, and again a week later.
    expect(dueDate("access", at("2025-03-07"))).toEqual(at("2025-03-21"));
    // Filed on a Saturday: the count starts on Monday.
    expect(dueDate("access", at("2025-03-08"))).toEqual(at("2025-03-21"));
  });

  it("counts weekends on the shop's calendar, not the server's", () => {
    // 23:30 on Friday in Shanghai (15:30 UTC) counts from Friday: due two Fridays later at the same time.
    expect(dueDate("access", new Date("2025-03-07T15:30:00Z"))).toEqual(new Date("2025-03-21T15:30:00Z"));
    // 00:30 on Saturday in Shanghai (still Friday 16:30 UTC) counts from Saturday, as a weekend filing: due
    // Friday 00:30 in Shanghai, which is Thursday 16:30 UTC.
    expect(dueDate("access", new Date("2025-03-07T16:30:00Z"))).toEqual(new Date("2025-03-20T16:30:00Z"));
  });

  it("gives every other request 15 calendar days", () => {
    for (const type of ["correction", "complaint", "question", "objection"] as const) {
      expect(dueDate(type, at("2025-03-07"))).toEqual(at("2025-03-22"));
    }
  });
});
