import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, signIn } from "./helpers";

test("a new shopper signs up, lands in the Personal Center and signs out", async ({ page }) => {
  const name = `e2e${Date.now().toString(36)}`;
  await page.goto("/sign-up");
  await page.getByLabel("Username").fill(name);
  await page.getByLabel("Email").fill(`${name}@example.com`);
  await page.getByLabel("Password", { exact: true }).fill("a long enough passphrase");
  await page.getByLabel("Date of birth").fill("1990-02-03");
  // Submitting without accepting the policy keeps what was typed and says what is missing.
  await page.getByRole("button", { name: "Create an account" }).click();
  await expect(page.getByText("Please confirm you have read the privacy policy.")).toBeVisible();
  await expect(page.getByLabel("Username")).toHaveValue(name);
  await page.getByLabel(/I have read the/).check();
  await page.getByRole("button", { name: "Create an account" }).click();
  await expect(page).toHaveURL(/\/account\?welcome=1/);
  await expect(page.getByRole("heading", { name: `Hello, ${name}` })).toBeVisible();
  await expect(page.getByText(`${name[0]}***@example.com`)).toBeVisible();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByText("You are signed out.")).toBeVisible();
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Faccount/);
});

test("sign-up names each field at fault", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Username").fill("al");
  await page.getByLabel("Email").fill("alice@demo.shop");
  await page.getByLabel("Password", { exact: true }).fill("short");
  await page.getByLabel("Date of birth").fill("2999-01-01");
  await page.getByRole("button", { name: "Create an account" }).click();
  await expect(page.getByText("A username has at least 3 characters.")).toBeVisible();
  await expect(page.getByText("A password has at least 10 characters.")).toBeVisible();
  await expect(page.getByText("A date of birth cannot be in the future.")).toBeVisible();
  await expect(page.getByLabel("Username")).toHaveAttribute("aria-invalid", "true");
});

test("a wrong password gets a clear message; the right one opens the overview", async ({ page }) => {
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in\?next=%2Faccount/);
  await page.getByLabel("Email or mobile number").fill("alice@demo.shop");
  await page.getByLabel("Password", { exact: true }).fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /./ })).toHaveText(
    "That email or mobile number and password do not match an account.",
  );
  await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { name: "Hello, Alice" })).toBeVisible();
  await expect(page.getByTestId("phone-value")).toHaveText("138****5678");
  await expect(page.getByTestId("email-value")).toHaveText("a***@demo.shop");
  await expect(page.getByText("Marketing by SMS")).toBeVisible();
  await expect(page.getByText("Question · Open")).toBeVisible();
  // Just signed in, so revealing needs no second password.
  await page.getByRole("button", { name: "Show full Mobile number" }).click();
  await expect(page.getByTestId("phone-value")).toHaveText("13812345678");
});

test("the sections open within the page, without fetching the others ahead", async ({ page, context }) => {
  // Nothing is fetched for the sections just because their links are on screen.
  const prefetched: string[] = [];
  page.on("request", (r) => {
    if (r.headers()["next-router-prefetch"] && /\/account\/\w/.test(r.url())) prefetched.push(r.url());
  });
  await signIn(page, "alice@demo.shop");
  const nav = page.getByRole("navigation", { name: "Personal Center" });
  await expect(nav.getByRole("link", { name: "Overview" })).toHaveAttribute("aria-current", "page");
  await page.evaluate(() => ((window as { stayed?: boolean }).stayed = true));
  await nav.getByRole("link", { name: "Security" }).click();
  await expect(page.getByRole("heading", { name: "Security", level: 1 })).toBeVisible();
  await expect(nav.getByRole("link", { name: "Security" })).toHaveAttribute("aria-current", "page");
  // The same document: an in-app navigation, not a reload.
  expect(await page.evaluate(() => (window as { stayed?: boolean }).stayed)).toBe(true);
  expect(prefetched).toEqual([]);
  // A modified click is the browser's: a new tab, and this one stays where it is.
  const opened = context.waitForEvent("page");
  await nav.getByRole("link", { name: "Profile" }).click({ modifiers: ["ControlOrMeta"] });
  await expect((await opened).waitForURL(/\/account\/profile$/)).resolves.toBeUndefined();
  await expect(page).toHaveURL(/\/account\/security$/);
});

test("signs in with a mobile number too", async ({ page }) => {
  await signIn(page, "139 0000 1111");
  await expect(page.getByRole("heading", { name: "Hello, George" })).toBeVisible();
});

test("a session revoked in the database is signed out on its next request", async ({ page, browser }) => {
  await signIn(page, "ben@demo.shop");
  const stolen = await page.context().cookies();
  // Signing out revokes the session row; the copied cookie is still a well-formed, signed token.
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByText("You are signed out.")).toBeVisible();
  const replay = await browser.newContext();
  await replay.addCookies(stolen);
  const other = await replay.newPage();
  await other.goto("/account");
  await expect(other).toHaveURL(/\/sign-in/);
  await expect(other.getByText("Your session has ended. Please sign in again.")).toBeVisible();
  await replay.close();
});

test("a tampered session cookie signs the visitor out cleanly", async ({ page, context }) => {
  await context.addCookies([
    { name: "authjs.session-token", value: "eyJhbGciOiJkaXIi.forged.token", domain: "localhost", path: "/" },
  ]);
  await page.goto("/account");
  await expect(page).toHaveURL(/\/sign-in/);
  await signIn(page, "dev@demo.shop");
  await expect(page.getByRole("heading", { name: "Hello, Dev" })).toBeVisible();
});

test("a child awaiting a guardian's consent cannot sign in yet", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("Email or mobile number").fill("nina@demo.shop");
  await page.getByLabel("Password", { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /./ })).toHaveText(
    "This account is waiting for a parent or guardian to agree before it can be used.",
  );
});

test("the language switch turns the Personal Center into Simplified Chinese", async ({ page }) => {
  await signIn(page, "erin@demo.shop");
  await page.getByLabel("Language").selectOption("zh-CN");
  await expect(page.getByRole("heading", { name: "您好，Erin" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await page.getByLabel("语言").selectOption("en");
  await expect(page.getByRole("heading", { name: "Hello, Erin" })).toBeVisible();
});

test("the overview works on a phone and by keyboard @phone", async ({ page }) => {
  await signIn(page, "finn@demo.shop");
  await page.goto("/account");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Hello, Finn" })).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(page.viewportSize()!.width);
});
