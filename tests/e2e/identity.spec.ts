import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./axe";
import { signIn } from "./helpers";

test("a shopper sees the real-name identity masked and requests a correction", async ({ page }) => {
  await signIn(page, "mona@demo.shop");
  await page.getByRole("link", { name: "Profile" }).click();
  const section = page.getByRole("region", { name: "Real-name identity" });
  await expect(section.getByText("Sensitive information")).toBeVisible();
  await expect(section.getByTestId("identity-name")).toHaveText("孟*");
  await expect(section.getByTestId("identity-number")).toHaveText("4403**********4521");
  await expect(section.getByRole("textbox", { name: "Legal name" })).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);

  const details = section.getByLabel("What is wrong?");
  await details.fill("Wrong.");
  await section.getByRole("button", { name: "Send correction request" }).click();
  await expect(details).toHaveAttribute("aria-invalid", "true");
  await expect(details).toHaveAccessibleDescription(/at least 10 characters/);

  await details.fill("My year of birth is 1977 on the card but 1979 is right; the ID number should change with it.");
  await section.getByRole("button", { name: "Send correction request" }).click();
  await expect(section.getByText("Your correction request is filed.")).toBeVisible();
  await expect(section.getByText(/Status: Open\. Filed .*; we will answer by /)).toBeVisible();
  await expect(details).toHaveCount(0);

  await page.reload();
  await expect(section.getByText("A correction request is open")).toBeVisible();
  await expect(section.getByRole("button", { name: "Send correction request" })).toHaveCount(0);
  await page.getByRole("link", { name: "Overview" }).click();
  await expect(page.getByText("Correction request · Open")).toBeVisible();
});
