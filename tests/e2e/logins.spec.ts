import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./axe";
import { signIn } from "./helpers";

test("a shopper with a password unbinds linked logins on the security page", async ({ page }) => {
  await signIn(page, "leo@demo.shop");
  await page.getByRole("link", { name: "Security" }).click();
  const logins = page.getByRole("list", { name: "Linked accounts" });
  await expect(logins.getByRole("listitem")).toHaveCount(3);
  await expect(logins.getByText("WeChat · Leo (WeChat)")).toBeVisible();
  // No display name from Weibo: the handle is shown masked.
  await expect(logins.getByText("Weibo · we***88")).toBeVisible();
  await expect(page.getByText("You can unbind all of them: you still sign in with your password.")).toBeVisible();
  await expectNoSeriousAxeViolations(page);

  await logins.getByRole("button", { name: "Unbind QQ" }).click();
  const dialog = page.getByRole("dialog", { name: "Unbind QQ?" });
  await expect(dialog.getByText("You will no longer be able to sign in with QQ.")).toBeVisible();
  await dialog.getByRole("button", { name: "Unbind" }).click();
  await expect(page.getByText("QQ is unbound.")).toBeVisible();
  await expect(logins.getByRole("listitem")).toHaveCount(2);

  // Keyboard only: the dialog opens on Enter with "Keep it" focused, and Tab reaches the confirm button.
  await logins.getByRole("button", { name: "Unbind Weibo" }).focus();
  await page.keyboard.press("Enter");
  const weibo = page.getByRole("dialog", { name: "Unbind Weibo?" });
  await expect(weibo.getByRole("button", { name: "Keep it" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(weibo.getByRole("button", { name: "Unbind" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Weibo is unbound.")).toBeVisible();

  await page.reload();
  await expect(logins.getByRole("listitem")).toHaveCount(1);
  await expect(logins.getByText("WeChat · Leo (WeChat)")).toBeVisible();
});
