import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signUpFresh } from "./privacy-helpers";

// The pages this part of the product adds, checked by axe in both languages: no serious or critical violation.
async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

test("public privacy pages and the storefront", async ({ page }) => {
  for (const path of ["/policy/versions", "/policy/versions/1.0", "/cookies", "/shop", "/shop/search?q=tea"]) {
    await page.goto(path);
    await expect(page.locator("h1")).toBeVisible();
    expect(await seriousViolations(page), path).toEqual([]);
  }
});

test("privacy choices, notices and the storefront signed in, in English and Chinese", async ({ page }) => {
  await signUpFresh(page, "axe");
  const paths = ["/account/privacy", "/account/notices", "/shop"];
  for (const path of paths) {
    await page.goto(path);
    await expect(page.locator("h1")).toBeVisible();
    expect(await seriousViolations(page), path).toEqual([]);
  }
  await page.getByLabel("Language").selectOption("zh-CN");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  for (const path of paths) {
    await page.goto(path);
    await expect(page.locator("h1")).toBeVisible();
    expect(await seriousViolations(page), `${path} (zh-CN)`).toEqual([]);
  }
});

test.describe("with Global Privacy Control", () => {
  test.use({ extraHTTPHeaders: { "Sec-GPC": "1" } });

  test("the banner and the override confirmation", async ({ page }) => {
    await page.goto("/shop");
    expect(await seriousViolations(page), "banner with GPC").toEqual([]);
    const banner = page.getByRole("region", { name: "Cookie choices" });
    await banner.getByRole("button", { name: "Choose cookies" }).click();
    await banner.getByLabel("Advertising cookies").check();
    await banner.getByRole("button", { name: "Save cookie choices" }).click();
    await expect(page.getByRole("dialog")).toBeVisible();
    expect(await seriousViolations(page), "override dialog").toEqual([]);
  });
});
