import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

// Serious and critical findings fail the journey; each is named with the elements it was found on.
export async function expectNoSeriousAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(serious).toEqual([]);
}
