import { expect, type Page } from "@playwright/test";

let counter = 0;

/** Signs up a new adult shopper through the UI (a unique one per call), landing in the Personal Center. */
export async function signUpFresh(page: Page, prefix = "pv"): Promise<{ name: string; email: string }> {
  const name = `${prefix}${Date.now().toString(36)}${(++counter).toString(36)}${Math.random().toString(36).slice(2, 5)}`;
  const email = `${name}@example.com`;
  await page.goto("/sign-up");
  await page.getByLabel("Username").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill("a long enough passphrase");
  await page.getByLabel("Date of birth").fill("1990-02-03");
  await page.getByLabel(/I have read the/).check();
  await page.getByRole("button", { name: "Create an account" }).click();
  await expect(page).toHaveURL(/\/account\?welcome=1/);
  return { name, email };
}

/** Answers the cookie banner, so it is out of the way. */
export async function necessaryCookiesOnly(page: Page) {
  const banner = page.getByRole("region", { name: "Cookie choices" });
  await banner.getByRole("button", { name: "Necessary cookies only" }).click();
  await expect(banner.getByText("Your cookie choices are saved.")).toBeVisible();
}

/** Opens a product from the storefront search and waits until the view is reported. */
export async function viewProduct(page: Page, name: string, expected: RegExp) {
  await page.goto(`/shop/search?q=${encodeURIComponent(name)}`);
  await page.getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByTestId("browsing-recording")).toHaveText(expected);
}

export function choiceSwitch(page: Page, name: string) {
  return page.getByRole("switch", { name, exact: true });
}
