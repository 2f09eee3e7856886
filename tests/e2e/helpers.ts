import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "personal-center-demo";

export async function signIn(page: Page, identifier: string, password = DEMO_PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("Email or mobile number").fill(identifier);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/account/);
}

/** Signs up a new adult shopper nobody else uses and lands in their Personal Center. */
export async function signUpShopper(page: Page, prefix: string): Promise<string> {
  const name = `${prefix}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;
  await page.goto("/sign-up");
  await page.getByLabel("Username").fill(name);
  await page.getByLabel("Email").fill(`${name}@example.com`);
  await page.getByLabel("Password", { exact: true }).fill("a long enough passphrase");
  await page.getByLabel("Date of birth").fill("1990-02-03");
  await page.getByLabel(/I have read the/).check();
  await page.getByRole("button", { name: "Create an account" }).click();
  await expect(page).toHaveURL(/\/account\?welcome=1/);
  return name;
}
