import { expect, test } from "@playwright/test";
import { signIn } from "./helpers";

test("a shopper edits the profile, and a second tab's stale save shows 'changed elsewhere'", async ({
  page,
  context,
}) => {
  await signIn(page, "cara@demo.shop");
  await page.goto("/account/profile");
  const second = await context.newPage();
  await second.goto("/account/profile");

  await page.getByLabel("Nickname").fill("Cara the Cook");
  await page.getByLabel("Interests").fill("cooking, tea");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Your profile is saved.")).toBeVisible();

  await second.getByLabel("Nickname").fill("Cara from tab two");
  await second.getByRole("button", { name: "Save profile" }).click();
  await expect(second.getByText(/changed elsewhere/)).toBeVisible();
  // What was typed is kept, and the saved values are shown beside it.
  await expect(second.getByLabel("Nickname")).toHaveValue("Cara from tab two");
  await expect(second.getByRole("definition").filter({ hasText: "Cara the Cook" })).toBeVisible();
  await second.getByRole("button", { name: "Use the saved values" }).click();
  await expect(second.getByLabel("Nickname")).toHaveValue("Cara the Cook");

  await page.reload();
  await expect(page.getByLabel("Nickname")).toHaveValue("Cara the Cook");
  await expect(page.getByLabel("Interests")).toHaveValue("cooking, tea");
});

test("a bad profile field gets its message next to it", async ({ page }) => {
  await signIn(page, "gina@demo.shop");
  await page.goto("/account/profile");
  await page.getByLabel("Nickname").fill("<b>Gina</b>");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Please do not use < or >.")).toBeVisible();
  await expect(page.getByLabel("Nickname")).toHaveAttribute("aria-invalid", "true");
});
