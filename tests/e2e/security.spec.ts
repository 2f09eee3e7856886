import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("a shopper signs out another device, which is really out", async ({ page, browser }) => {
  const other = await browser.newContext({
    userAgent: "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) Version/18.0 Mobile Safari/604.1",
  });
  const phone = await other.newPage();
  await signIn(phone, "jack@demo.shop");
  await signIn(page, "jack@demo.shop");

  await page.getByRole("link", { name: "Security" }).click();
  await expect(page.getByRole("heading", { name: "Security", level: 1 })).toBeVisible();
  const sessions = page.getByRole("list", { name: "Where you are signed in" });
  await expect(sessions.getByText("(this device)")).toBeVisible();
  await sessions.getByRole("button", { name: "Sign out iOS phone Safari 18" }).click();
  await expect(page.getByText("That device is signed out.")).toBeVisible();
  await expect(sessions.getByText("iOS phone")).toHaveCount(0);

  await phone.goto("/account");
  await expect(phone).toHaveURL(/\/sign-in/);
  await expect(phone.getByText("Your session has ended. Please sign in again.")).toBeVisible();
  await other.close();

  // The history shows the sign-ins, newest first.
  await expect(page.getByRole("table")).toContainText("Signed in");
});
