import { expect, test } from "@playwright/test";
import { choiceSwitch, signUpFresh } from "./privacy-helpers";

// A browser that sends the Global Privacy Control signal with every request.
test.use({ extraHTTPHeaders: { "Sec-GPC": "1" } });

test("a GPC visitor sees the badge, and turning advertising cookies on needs a confirmation that is kept", async ({
  page,
}) => {
  await page.goto("/policy");
  await expect(page.getByTestId("gpc-badge")).toHaveText("Global Privacy Control honoured");
  const banner = page.getByRole("region", { name: "Cookie choices" });
  await expect(
    banner.getByText("Your browser sends Global Privacy Control, so advertising cookies stay off."),
  ).toBeVisible();
  await expect(banner.getByRole("button", { name: "Accept analytics cookies" })).toBeVisible();

  await banner.getByRole("button", { name: "Choose cookies" }).click();
  await banner.getByLabel("Advertising cookies").check();
  await banner.getByRole("button", { name: "Save cookie choices" }).click();
  const dialog = page.getByRole("dialog", { name: "Override Global Privacy Control?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Keep it off" }).click();
  await expect(dialog).toHaveCount(0);

  await banner.getByRole("button", { name: "Save cookie choices" }).click();
  await page
    .getByRole("dialog", { name: "Override Global Privacy Control?" })
    .getByRole("button", { name: "Turn it on anyway" })
    .click();
  await expect(banner.getByText("Your cookie choices are saved.")).toBeVisible();

  await page.goto("/cookies");
  await expect(page.getByText("This browser now allows: analytics cookies off, advertising cookies on.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Cookie choices" })).toHaveCount(0);
});

test("a signed-in GPC shopper has sharing off, and overriding it is confirmed and recorded", async ({ page }) => {
  await signUpFresh(page, "gpc");
  await page.goto("/account/privacy");
  await expect(page.getByText(/Your browser sends Global Privacy Control\. We treat it as an opt-out/)).toBeVisible();
  const sharing = choiceSwitch(page, "Share with partners for their marketing");
  await expect(sharing).toHaveAttribute("aria-checked", "false");

  await sharing.click();
  const dialog = page.getByRole("dialog", { name: "Override Global Privacy Control?" });
  await expect(dialog).toContainText("Share with partners for their marketing");
  await dialog.getByRole("button", { name: "Keep it off" }).click();
  await expect(sharing).toHaveAttribute("aria-checked", "false");

  await sharing.click();
  await page
    .getByRole("dialog", { name: "Override Global Privacy Control?" })
    .getByRole("button", { name: "Turn it on anyway" })
    .click();
  await expect(sharing).toHaveAttribute("aria-checked", "true");
  await expect(page.getByText("Share with partners for their marketing: On. Saved.").first()).toBeVisible();

  // The override stands: coming back with the same signal does not turn it off again.
  await page.reload();
  await expect(choiceSwitch(page, "Share with partners for their marketing")).toHaveAttribute("aria-checked", "true");
  const history = page.getByRole("region", { name: "History of your choices" });
  await expect(history.getByRole("row").filter({ hasText: "Share with partners" }).first()).toContainText(
    "You (confirmed over GPC)",
  );
});
