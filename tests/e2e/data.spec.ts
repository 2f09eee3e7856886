import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { parse } from "csv-parse/sync";
import { strFromU8, unzipSync } from "fflate";
import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);

test("a shopper downloads a filtered archive of their data, watching it arrive", async ({ page }) => {
  await signIn(page, "alice@demo.shop");
  await page.getByRole("link", { name: "My data" }).click();
  await expect(page.getByRole("heading", { name: "My data", level: 1 })).toBeVisible();
  // The inventory lists what is held, with counts, purposes and sensitivity.
  await expect(page.getByTestId("count-searchHistory")).toHaveText("2,000 records");
  await expect(page.locator("#category-identity").getByText("Sensitive")).toBeVisible();

  // Every category is chosen until the person opens the list and chooses fewer.
  await page.getByText(/^Choose categories \((\d+) of \1 chosen\)$/).click();
  await page.getByRole("button", { name: "Clear all" }).click();
  await page.getByRole("button", { name: "Download my data" }).click();
  await expect(page.getByText("Choose at least one category.")).toBeVisible();

  await page.getByRole("checkbox", { name: /Search history/ }).check();
  await page.getByRole("checkbox", { name: /Delivery addresses/ }).check();
  await page.getByLabel("From", { exact: true }).fill(day(30));
  await page.getByLabel("To", { exact: true }).fill(day(60));
  await page.getByRole("button", { name: "Download my data" }).click();
  await expect(page.getByText("The end date must be on or after the start date.")).toBeVisible();

  await page.getByLabel("To", { exact: true }).fill(day(0));
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download my data" }).click();
  const download = await downloading;
  await expect(page.getByText(/Download complete/)).toBeVisible();
  expect(download.suggestedFilename()).toMatch(/^personal-data-\d{4}-\d{2}-\d{2}\.zip$/);

  const zip = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
  expect(Object.keys(zip).sort()).toEqual(
    [
      "data/addresses.csv",
      "data/addresses.json",
      "data/searchHistory.csv",
      "data/searchHistory.json",
      "index.html",
      "manifest.json",
    ].sort(),
  );
  const manifest = JSON.parse(strFromU8(zip["manifest.json"]!)) as {
    selection: { categories: string[]; from: string; to: string };
    categories: { key: string; rows: number }[];
  };
  expect(manifest.selection).toMatchObject({ categories: ["addresses", "searchHistory"], from: day(30), to: day(0) });
  const searches = JSON.parse(strFromU8(zip["data/searchHistory.json"]!)) as { at: string }[];
  // About one search every 83 minutes: a month holds hundreds, never all 2,000.
  expect(searches.length).toBeGreaterThan(300);
  expect(searches.length).toBeLessThan(2000);
  expect(manifest.categories.find((c) => c.key === "searchHistory")!.rows).toBe(searches.length);
  const csv = parse(strFromU8(zip["data/searchHistory.csv"]!), { bom: true, columns: true }) as unknown[];
  expect(csv).toHaveLength(searches.length);
  expect(strFromU8(zip["index.html"]!)).toContain("Search history");

  // The link is listed with its use, and can be revoked.
  const links = page.getByRole("list", { name: "Recent downloads" });
  await expect(links.getByText(/2 categories/).first()).toBeVisible();
  await expect(links.getByText("Used 1 of 3 times").first()).toBeVisible();
  await links
    .getByRole("button", { name: /Revoke the download prepared/ })
    .first()
    .click();
  await expect(page.getByText("The link is revoked: it can no longer be used.")).toBeVisible();

  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
});

test("a download link refuses anyone not signed in, and an unknown link", async ({ request }) => {
  const anonymous = await request.get("/api/exports/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa?categories=account");
  expect(anonymous.status()).toBe(401);
});

test("the My data page works on a phone @phone", async ({ page }) => {
  await signIn(page, "alice@demo.shop");
  await page.goto("/account/data");
  await expect(page.getByRole("heading", { name: "My data", level: 1 })).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(width).toBeLessThanOrEqual(0);
});
