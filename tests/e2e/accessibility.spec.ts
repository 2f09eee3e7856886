import { expect, test } from "@playwright/test";
import { seriousViolations } from "./axe";
import { signIn } from "./helpers";

// Every page a shopper meets, checked by axe: no serious or critical violation, in both languages.
const publicPages = ["/sign-in", "/sign-up", "/policy", "/status"];
const accountPages = [
  "/account",
  "/account/profile",
  "/account/profile/contact",
  "/account/addresses",
  "/account/payments",
  "/account/security",
  "/account/privacy",
  "/account/notices",
  "/account/cancel",
  "/account/data",
  "/account/requests",
];

test("public pages have no serious accessibility violation", async ({ page }) => {
  for (const path of publicPages) {
    await page.goto(path);
    expect(await seriousViolations(page), path).toEqual([]);
  }
});

test("Personal Center pages have no serious accessibility violation, in English and Chinese", async ({ page }) => {
  // Every page twice, each with a full axe run: more than the default minute on a busy machine.
  test.setTimeout(240_000);
  await signIn(page, "alice@demo.shop");
  for (const path of accountPages) {
    await page.goto(path);
    await expect(page.locator("h1")).toBeVisible();
    expect(await seriousViolations(page), path).toEqual([]);
  }
  await page.getByLabel("Language").selectOption("zh-CN");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  for (const path of accountPages) {
    await page.goto(path);
    expect(await seriousViolations(page), `${path} (zh-CN)`).toEqual([]);
  }
});
