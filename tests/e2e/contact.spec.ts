import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";

const PASSWORD = "a long enough passphrase";

// Every journey here uses a fresh account, so it can run beside the others against one server.
async function signUp(page: Page) {
  const name = `c${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const email = `${name}@example.com`;
  await page.goto("/sign-up");
  await page.getByLabel("Username").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Date of birth").fill("1991-04-05");
  await page.getByLabel(/I have read the/).check();
  await page.getByRole("button", { name: "Create an account" }).click();
  await expect(page).toHaveURL(/\/account\?welcome=1/);
  return { name, email };
}

async function expectAccessible(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

// The newest message to an address, as read in the development mailbox.
async function readMailbox(page: Page, to: string) {
  await page.goto(`/dev/mailbox?to=${encodeURIComponent(to)}`);
  const message = page.getByTestId("mailbox-message").first();
  await expect(message).toBeVisible();
  return message;
}

test("a shopper changes the sign-in email with the code from the mailbox, then signs in with it", async ({
  page,
  context,
}) => {
  // A long journey (three accessibility scans, two pages): more time than the default on a busy machine.
  test.slow();
  const { name, email } = await signUp(page);
  const newEmail = `new-${name}@example.com`;

  await page.goto("/account/profile");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Change sign-in email or mobile number" }).click();
  await expect(page.getByRole("heading", { name: "Sign-in email and mobile number", level: 1 })).toBeVisible();
  await expect(page.getByTestId("email-current")).toHaveText(`${name[0]}***@example.com`);
  await expectAccessible(page);

  await page.getByRole("button", { name: "Change Email" }).click();
  // A malformed address is refused next to the field.
  await page.getByLabel("New email address").fill("<script>alert(1)</script>");
  await page.getByRole("button", { name: "Send code" }).click();
  await expect(page.getByText("Enter an email address like name@example.com.")).toBeVisible();
  await expect(page.getByLabel("New email address")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("New email address").fill(newEmail);
  await page.getByRole("button", { name: "Send code" }).click();
  await expect(page.getByText(`We sent a 6-digit code to ${newEmail}.`)).toBeVisible();
  await expect(page.getByRole("button", { name: /Send a new code in \d+ s/ })).toBeDisabled();
  await expectAccessible(page);

  const mailbox = await context.newPage();
  const message = await readMailbox(mailbox, newEmail);
  await expect(message.getByRole("heading")).toHaveText("Your Personal Center verification code");
  const code = (await message.locator("pre").innerText()).match(/\b(\d{6})\b/)![1]!;
  await expectAccessible(mailbox);

  // A wrong code says so, next to the field, and how many tries are left.
  const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, "0");
  await page.getByLabel("Code", { exact: true }).fill(wrong);
  await page.getByRole("button", { name: "Confirm change" }).click();
  await expect(page.getByText("That code is not right. 4 tries left.")).toBeVisible();
  await expect(page.getByLabel("Code", { exact: true })).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Code", { exact: true }).fill(code);
  await page.getByRole("button", { name: "Confirm change" }).click();
  await expect(page.getByText(`Done: you now sign in with n***@example.com.`)).toBeVisible();
  await expect(page.getByTestId("email-current")).toHaveText("n***@example.com");

  // The old address is told.
  const notice = await readMailbox(mailbox, email);
  await expect(notice.getByRole("heading")).toHaveText("Your sign-in email address was changed");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByText("You are signed out.")).toBeVisible();
  await signIn(page, newEmail, PASSWORD);
  await expect(page.getByRole("heading", { name: `Hello, ${name}` })).toBeVisible();
});

test("a shopper adds a mobile number, reading the SMS in the mailbox", async ({ page, context }) => {
  await signUp(page);
  const phone = `13${String(Date.now()).slice(-9)}`;
  await page.goto("/account/profile/contact");
  await page.getByRole("button", { name: "Add Mobile number" }).click();
  await page.getByLabel("New mobile number").fill("12-34");
  await page.getByRole("button", { name: "Send code" }).click();
  await expect(page.getByText("Enter a mobile number of 6 to 15 digits, optionally starting with +.")).toBeVisible();
  await page.getByLabel("New mobile number").fill(`${phone.slice(0, 3)} ${phone.slice(3, 7)} ${phone.slice(7)}`);
  await page.getByRole("button", { name: "Send code" }).click();
  await expect(page.getByText(`We sent a 6-digit code to ${phone}.`)).toBeVisible();
  const sms = await readMailbox(await context.newPage(), phone);
  await expect(sms).toContainText("SMS");
  const code = (await sms.locator("pre").innerText()).match(/\b(\d{6})\b/)![1]!;
  await page.getByLabel("Code", { exact: true }).fill(code);
  await page.getByRole("button", { name: "Confirm change" }).click();
  await expect(page.getByTestId("phone-current")).toHaveText(`${phone.slice(0, 3)}****${phone.slice(-4)}`);
});

test("password change: a weak one is refused with advice, a strong one works and the other device is out", async ({
  page,
  browser,
}) => {
  test.slow();
  const { email } = await signUp(page);
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, email, PASSWORD);

  await page.goto("/account/security");
  await expect(page.getByRole("heading", { name: "Change password" })).toBeVisible();
  // The form opens on request, with the keyboard in its first field; put away, the keyboard is back on the button.
  await expect(page.getByLabel("Current password")).toHaveCount(0);
  const open = page.getByRole("button", { name: "Choose a new password" });
  await open.click();
  await expect(page.getByLabel("Current password")).toBeFocused();
  await page.getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByLabel("Current password")).toHaveCount(0);
  await expect(open).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Current password")).toBeFocused();
  await page.getByLabel("Current password").fill(PASSWORD);
  await page.getByLabel("New password", { exact: true }).fill("password1234");
  // The meter loads its dictionaries on first use and judges as one types.
  await expect(page.getByText(/^Strength: (very weak|weak)$/)).toBeVisible();
  // Its advice, whose texts arrive with the dictionaries rather than with the page.
  await expect(page.getByText("This is similar to a commonly used password.")).toBeVisible();
  await expect(page.getByText("Add more words that are less common.")).toBeVisible();
  await page.getByLabel("Repeat the new password").fill("password1234");
  await page.getByRole("button", { name: "Change password" }).click();
  const newPassword = page.getByLabel("New password", { exact: true });
  await expect(newPassword).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#new-password-error")).toContainText("This password is too easy to guess.");
  await expectAccessible(page);

  // The old password still works: the other device is still signed in.
  await otherPage.goto("/account");
  await expect(otherPage).toHaveURL(/\/account$/);

  const strong = "lantern quietly orbits marmalade";
  await newPassword.fill(strong);
  await expect(page.getByText("Strength: strong")).toBeVisible();
  await page.getByLabel("Repeat the new password").fill(strong);
  await expect(page.getByLabel("Sign out every other device")).toBeChecked();
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Your password is changed. 1 other device was signed out.")).toBeVisible();

  await otherPage.goto("/account");
  await expect(otherPage).toHaveURL(/\/sign-in/);
  await other.close();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByText("You are signed out.")).toBeVisible();
  await signIn(page, email, strong);
});

test("the sign-in contact page fits a phone and works by keyboard @phone", async ({ page }) => {
  await signUp(page);
  await page.goto("/account/profile/contact");
  await page.getByRole("button", { name: "Change Email" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("New email address")).toBeFocused();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page);
});
