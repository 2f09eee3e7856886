import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "personal-center-demo";

export async function signIn(page: Page, identifier: string, password = DEMO_PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("Email or mobile number").fill(identifier);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/account/);
}
