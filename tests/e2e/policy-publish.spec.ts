import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";
import { signUpFresh } from "./privacy-helpers";

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id);
}

// Publishing a material version puts a banner in every Personal Center: this file runs in its own Playwright
// project, after the other journeys (see playwright.config.ts), so none of them meets a banner it did not expect.
test("a material policy change shows the banner until the shopper acknowledges it", async ({ browser }) => {
  const shopperContext = await browser.newContext();
  const shopper = await shopperContext.newPage();
  await signUpFresh(shopper, "ack");
  await expect(shopper.getByRole("region", { name: "Privacy policy update" })).toHaveCount(0);

  const officerContext = await browser.newContext();
  const officer = await officerContext.newPage();
  await signIn(officer, "olivia@privacy.demo.shop");
  await officer.goto("/admin/policy");
  expect(await seriousViolations(officer)).toEqual([]);
  const form = officer.getByRole("form", { name: "Publish a privacy policy version" });
  const version = await form.getByLabel("Version", { exact: true }).inputValue();
  await form.getByLabel(/Material change/).check();
  await form.getByLabel("Summary of the change (English)").fill("We now keep search history for 90 days at most.");
  await form.getByLabel("Summary of the change (Chinese)").fill("搜索历史最多保留 90 天。");
  await form
    .getByLabel("Full text (English)")
    .fill("Search history is kept for 90 days at most.\n\nEverything else is as in the previous version.");
  await form.getByLabel("Full text (Chinese)").fill("搜索历史最多保留 90 天。\n\n其他内容与上一版本相同。");
  await form.getByRole("button", { name: "Publish version" }).click();
  await expect(
    officer.getByText(new RegExp(`Version ${version.replace(".", "\\.")} is published: \\d+ notices`)),
  ).toBeVisible();
  await officerContext.close();

  // The shopper's pages may come from another server process (on PostgreSQL the journeys run two), which looks
  // for a first material version again only 10 s after it last found none (RECHECK_MS in lib/policy/queries.ts):
  // from then on every process shows the banner.
  if (process.env.E2E_DATABASE_URL) await shopper.waitForTimeout(10_500);
  await shopper.goto("/account/profile");
  const banner = shopper.getByRole("region", { name: "Privacy policy update" });
  await expect(banner).toContainText(`version ${version}`);
  await expect(banner).toContainText("We now keep search history for 90 days at most.");
  expect(await seriousViolations(shopper)).toEqual([]);

  await shopper.getByRole("link", { name: "Notices" }).click();
  await expect(shopper.getByRole("heading", { name: `Our privacy policy changed: version ${version}` })).toBeVisible();
  await banner.getByRole("link", { name: "Read what changed" }).click();
  await expect(shopper.getByRole("heading", { name: `Privacy policy, version ${version}` })).toBeVisible();
  await expect(shopper.getByText("Search history is kept for 90 days at most.")).toBeVisible();

  await shopper.goto("/account");
  await banner.getByRole("button", { name: `Acknowledge version ${version}` }).click();
  await expect(shopper.getByText("Thank you: your acknowledgment is recorded.")).toBeVisible();
  await shopper.reload();
  await expect(shopper.getByRole("heading", { name: /^Hello, / })).toBeVisible();
  await expect(banner).toHaveCount(0);
  await shopperContext.close();
});

test("only the privacy officer may publish", async ({ page }) => {
  await signUpFresh(page, "nopub");
  await page.goto("/admin/policy");
  await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
});
