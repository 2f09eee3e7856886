import { expect, test } from "@playwright/test";
import { choiceSwitch, necessaryCookiesOnly, signUpFresh, viewProduct } from "./privacy-helpers";

test("a shopper turns personalization off and the storefront changes; a blocked category leaves the recommendations", async ({
  page,
}) => {
  await signUpFresh(page);
  await necessaryCookiesOnly(page);
  await viewProduct(page, "Novel", /Added to your browsing history/);
  await viewProduct(page, "Cookbook", /Added to your browsing history/);

  await page.goto("/shop");
  const recommended = page.getByRole("list", { name: "Recommended for you" });
  await expect(page.getByRole("heading", { name: "Recommended for you" })).toBeVisible();
  await expect(page.getByText(/Because of your interest in Books/)).toBeVisible();
  await expect(recommended.getByRole("link", { name: "Novel" })).toBeVisible();

  await page.goto("/account/privacy");
  const personalization = choiceSwitch(page, "Personalized recommendations");
  await expect(personalization).toHaveAttribute("aria-checked", "true");
  await personalization.click();
  await expect(personalization).toHaveAttribute("aria-checked", "false");
  await expect(page.getByText("Personalized recommendations: Off. Saved.").first()).toBeVisible();

  await page.goto("/shop");
  await expect(page.getByRole("heading", { name: "Recommended for you" })).toHaveCount(0);
  await expect(page.getByTestId("non-personal")).toContainText("Personalized recommendations are off");
  await expect(page.getByRole("heading", { name: "All products: Popular" })).toBeVisible();

  await page.goto("/account/privacy");
  await choiceSwitch(page, "Personalized recommendations").click();
  await expect(page.getByText("Personalized recommendations: On. Saved.").first()).toBeVisible();
  const books = choiceSwitch(page, "Books");
  await books.click();
  await expect(books).toHaveAttribute("aria-checked", "false");
  await expect(page.getByText("Recommend from Books: Off. Saved.").first()).toBeVisible();

  await page.goto("/shop");
  await expect(page.getByRole("heading", { name: "Recommended for you" })).toBeVisible();
  await expect(recommended.getByRole("link", { name: "Novel" })).toHaveCount(0);
  await expect(recommended.getByText("Books", { exact: true })).toHaveCount(0);
  await expect(recommended.getByRole("link", { name: "Cookbook" })).toHaveCount(0);
});

test("recording switches drop browsing and search events, and clearing says how many records went", async ({
  page,
}) => {
  await signUpFresh(page);
  await necessaryCookiesOnly(page);
  await page.goto("/shop/search?q=tea");
  await expect(page.getByTestId("search-recording")).toHaveText("This search is saved in your search history.");

  await page.goto("/account/privacy");
  await choiceSwitch(page, "Record browsing history").click();
  await expect(page.getByText("Record browsing history: Off. Saved.").first()).toBeVisible();
  await choiceSwitch(page, "Record search history").click();
  await expect(page.getByText("Record search history: Off. Saved.").first()).toBeVisible();

  await viewProduct(page, "Kite", /Not recorded: browsing history is off/);
  await page.goto("/shop/search?q=kite");
  await expect(page.getByTestId("search-recording")).toHaveText("This search is not recorded: search history is off.");

  await page.goto("/account/privacy");
  await expect(page.getByText("1 record held.")).toBeVisible();
  await page.getByRole("button", { name: "Clear search history" }).click();
  await page.getByRole("button", { name: "Yes, delete" }).click();
  await expect(page.getByText("Cleared 1 record.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("button", { name: "Clear search history" })).toBeDisabled();
});

test("every change is in the history and in the downloadable receipts", async ({ page }) => {
  await signUpFresh(page);
  await page.goto("/account/privacy");
  const email = choiceSwitch(page, "Marketing by email");
  await email.click();
  await expect(email).toHaveAttribute("aria-checked", "false");
  await expect(page.getByText("Marketing by email: Off. Saved.").first()).toBeVisible();

  await page.reload();
  await expect(choiceSwitch(page, "Marketing by email")).toHaveAttribute("aria-checked", "false");
  const history = page.getByRole("region", { name: "History of your choices" });
  await expect(history.getByRole("row").filter({ hasText: "Marketing by email" }).first()).toContainText("Off");
  await expect(history.getByRole("row").filter({ hasText: "Marketing by email" }).first()).toContainText("You");

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download all records (JSON)" }).click(),
  ]);
  const receipts = JSON.parse(
    await (await download.createReadStream()).toArray().then((c) => Buffer.concat(c).toString()),
  );
  expect(receipts.receipts[0]).toMatchObject({ purpose: "marketing.email", granted: false, source: "self" });
  expect(receipts.receipts.filter((r: { source: string }) => r.source === "default").length).toBeGreaterThan(5);
});

test("the privacy page works on a phone and by keyboard @phone", async ({ page }) => {
  await signUpFresh(page);
  await page.goto("/account/privacy");
  const sms = choiceSwitch(page, "Marketing by SMS");
  await sms.focus();
  await page.keyboard.press("Space");
  await expect(sms).toHaveAttribute("aria-checked", "false");
  await expect(page.getByText("Marketing by SMS: Off. Saved.").first()).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(page.viewportSize()!.width);
});
