import { expect, test } from "@playwright/test";
import { expectNoSeriousAxeViolations } from "./axe";
import { DEMO_PASSWORD, signIn } from "./helpers";

test("a blocked shopper sees which conditions fail and resolves one in place", async ({ page }) => {
  await signIn(page, "cara@demo.shop");
  await page.goto("/account/cancel");
  const assets = page.getByTestId("condition-assets");
  await expect(assets).toHaveAttribute("data-met", "false");
  await expect(assets).toContainText("You hold a balance of ¥50.00, 2 coupons and 800 points.");
  await expect(page.getByTestId("condition-orders")).toHaveAttribute("data-met", "true");
  await expectNoSeriousAxeViolations(page);
  await assets.getByRole("button", { name: "I accept forfeiting them" }).click();
  await expect(page.getByText("Recorded: you accept forfeiting your balance, coupons and points.")).toBeVisible();
  await expect(assets).toHaveAttribute("data-met", "true");
  await expect(page.getByText("Every condition is met.")).toBeVisible();
});

test("an eligible shopper starts, withdraws, starts again, and is erased when the cooling-off period ends", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, "quinn@demo.shop");
  await page.goto("/account/cancel");
  await expect(page.getByText("Every condition is met.")).toBeVisible();

  // First, a copy of everything.
  await page.getByRole("link", { name: "Download your data first" }).click();
  await expect(page.getByRole("heading", { name: "My data", level: 1 })).toBeVisible();
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download my data" }).click();
  expect((await downloading).suggestedFilename()).toMatch(/^personal-data-.*\.zip$/);
  await expect(page.getByText(/Download complete/)).toBeVisible();
  await page.goto("/account/cancel");

  // The notice must be confirmed: the server says so next to the box.
  await page.getByRole("button", { name: "Start cancellation" }).click();
  await expect(page.getByText("Please confirm that you have read the notice.")).toBeVisible();
  await page.getByLabel("I have read the notice above").check();
  await page.getByRole("button", { name: "Start cancellation" }).click();
  await expect(page.getByText(/Your account is being cancelled and will be erased on/)).toBeVisible();

  // Signing in again shows the pending state; withdrawing restores the account.
  await page.goto("/account");
  await expect(page.getByText(/will be erased on/)).toBeVisible();
  await page.getByRole("button", { name: "Withdraw the cancellation" }).click();
  await expect(page.getByText("Cancellation withdrawn. Your account is back as it was.")).toBeVisible();

  await page.getByLabel("I have read the notice above").check();
  await page.getByRole("button", { name: "Start cancellation" }).click();
  await expect(page.getByText(/will be erased on/)).toBeVisible();

  // Sixteen days pass.
  await page.goto("/dev/clock");
  await page.getByLabel("Days to move forward").fill("16");
  await page.getByRole("button", { name: "Move the clock forward" }).click();
  await expect(page.getByText("The clock moved forward.")).toBeVisible();
  await page.getByRole("button", { name: "Run scheduled work now" }).click();
  await expect(page.getByText(/Done: \d+ accounts? erased, 0 failed/)).toBeVisible();

  // The session is over and the sign-in is gone.
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in/);
  await page.getByLabel("Email or mobile number").fill("quinn@demo.shop");
  await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("That email or mobile number and password do not match")).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in/);

  // The privacy officer sees the kept orders with nothing identifying, and an intact audit chain.
  await page.context().clearCookies();
  await signIn(page, "olivia@privacy.demo.shop");
  await page.goto("/officer/retention");
  const kept = page.getByRole("main").locator("section").first();
  await expect(kept.getByRole("row")).toHaveCount(6);
  await expect(kept.getByRole("cell", { name: "Removed" })).toHaveCount(5);
  await expect(page.getByText("Quinn Harper")).toHaveCount(0);
  await expectNoSeriousAxeViolations(page);
  await page.goto("/officer/audit");
  await page.getByRole("button", { name: "Verify the audit trail" }).click();
  await expect(page.getByText(/The chain is intact/)).toBeVisible();
});
