import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./axe";
import { signIn } from "./helpers";

async function signUpFresh(page: Page) {
  const name = `pay${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;
  await page.goto("/sign-up");
  await page.getByLabel("Username").fill(name);
  await page.getByLabel("Email").fill(`${name}@example.com`);
  await page.getByLabel("Password", { exact: true }).fill("a long enough passphrase");
  await page.getByLabel("Date of birth").fill("1988-04-05");
  await page.getByLabel(/I have read the/).check();
  await page.getByRole("button", { name: "Create an account" }).click();
  await expect(page).toHaveURL(/\/account\?welcome=1/);
}

test("a shopper removes a card after confirming, and it stays removed", async ({ page }) => {
  await signIn(page, "kim@demo.shop");
  await page.getByRole("link", { name: "Payment methods" }).click();
  await expect(page.getByRole("heading", { name: "Payment methods", level: 1 })).toBeVisible();
  const cards = page.getByRole("list", { name: "Saved cards" });
  await expect(cards.getByRole("listitem")).toHaveCount(3);
  await expect(cards.getByText("UnionPay **** 6222")).toBeVisible();
  const expired = cards.getByRole("listitem").filter({ hasText: "**** 5454" });
  await expect(expired.getByText("Expired")).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  // Keeping it changes nothing, and the focus goes back to the button.
  const remove = cards.getByRole("button", { name: "Remove Mastercard card ending 5454" });
  await remove.click();
  const dialog = page.getByRole("dialog", { name: "Remove Mastercard card ending 5454?" });
  await expect(dialog.getByRole("button", { name: "Keep it" })).toBeFocused();
  await expectNoSeriousAxeViolations(page);
  await page.keyboard.press("Escape");
  await expect(dialog).toHaveCount(0);
  await expect(remove).toBeFocused();
  await expect(cards.getByRole("listitem")).toHaveCount(3);

  await remove.click();
  await dialog.getByRole("button", { name: "Remove card" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Mastercard card ending 5454 removed." })).toBeVisible();
  await expect(cards.getByRole("listitem")).toHaveCount(2);
  await page.reload();
  await expect(cards.getByRole("listitem")).toHaveCount(2);
  await expect(cards.getByText("**** 5454")).toHaveCount(0);
});

test("invoice details: a bad taxpayer ID is named next to the field, then saved and edited", async ({ page }) => {
  await signUpFresh(page);
  await page.goto("/account/payments");
  await expect(page.getByText("You have no saved cards.")).toBeVisible();
  await expect(page.getByText("You have no invoice details yet.")).toBeVisible();

  const form = page.getByRole("form", { name: "Add invoice details" });
  await expect(form.getByRole("radio", { name: "Company" })).toBeChecked();
  await form.getByLabel("Invoice title").fill("Blue River Tea Co., Ltd.");
  await form.getByLabel("Taxpayer ID").fill("12345");
  await form.getByRole("button", { name: "Add invoice details" }).click();
  const taxpayer = form.getByLabel("Taxpayer ID");
  await expect(taxpayer).toHaveAttribute("aria-invalid", "true");
  await expect(taxpayer).toHaveAccessibleDescription(/A taxpayer ID has 15, 18 or 20 letters and digits/);
  // What was typed stays.
  await expect(form.getByLabel("Invoice title")).toHaveValue("Blue River Tea Co., Ltd.");
  await expectNoSeriousAxeViolations(page);

  await taxpayer.fill("91330100 ma2cd5xx7q");
  await form.getByRole("button", { name: "Add invoice details" }).click();
  await expect(page.getByText("Invoice details saved.")).toBeVisible();
  const list = page.getByRole("list", { name: "Invoice details" });
  await expect(list.getByText("Blue River Tea Co., Ltd.")).toBeVisible();
  await expect(list.getByText("9133**********XX7Q")).toBeVisible();

  await list.getByRole("button", { name: "Edit Blue River Tea Co., Ltd." }).click();
  const edit = page.getByRole("form", { name: "Edit invoice details for Blue River Tea Co., Ltd." });
  await expect(edit.getByText("Leave empty to keep 9133**********XX7Q.")).toBeVisible();
  await edit.getByLabel("Invoice title").fill("");
  await edit.getByRole("button", { name: "Save invoice details" }).click();
  await expect(edit.getByLabel("Invoice title")).toHaveAccessibleDescription(/This field is required/);
  await edit.getByLabel("Invoice title").fill("Blue River Tea Holdings");
  await edit.getByRole("button", { name: "Save invoice details" }).click();
  await expect(page.getByText("Invoice details saved.")).toBeVisible();

  await page.reload();
  await expect(list.getByText("Blue River Tea Holdings")).toBeVisible();
  await expect(list.getByText("9133**********XX7Q")).toBeVisible();
});

test("the payment methods page fits a phone @phone", async ({ page }) => {
  await signUpFresh(page);
  await page.goto("/account/payments");
  await expect(page.getByRole("form", { name: "Add invoice details" })).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(page.viewportSize()!.width);
});
