import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { signIn, signUpShopper } from "./helpers";

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id);
}

test("a correction request is answered by the privacy officer and the tracker shows it", async ({ page, browser }) => {
  const name = await signUpShopper(page, "req");
  await page.getByRole("link", { name: "Requests" }).click();
  await expect(page.getByRole("heading", { name: "Requests", level: 1 })).toBeVisible();
  await expect(page.getByText("You have not made any requests.")).toBeVisible();

  const form = page.getByRole("form", { name: "Make a request" });
  await form.getByLabel("Kind of request").selectOption("correction");
  await expect(form.getByText("Answered within 15 days.")).toBeVisible();
  await form.getByLabel("Your request").fill("short");
  await form.getByRole("button", { name: "Send request" }).click();
  await expect(form.getByText("Please describe your request in at least 10 characters.")).toBeVisible();
  await form.getByLabel("Your request").fill("My legal name is misspelt: it should read Zhang Wei.");
  await form.getByRole("button", { name: "Send request" }).click();
  await expect(page.getByText("Your request is sent.")).toBeVisible();
  const card = page.getByRole("listitem").filter({ hasText: "My legal name is misspelt" });
  await expect(card.getByRole("heading", { name: "Correction request Open" })).toBeVisible();
  await expect(card.getByText(/Answer due by/)).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  const office = await browser.newContext();
  const officer = await office.newPage();
  await signIn(officer, "olivia@privacy.demo.shop");
  // The officer's own pages are reached from their Personal Center.
  const tools = officer.getByRole("region", { name: "Privacy officer tools" });
  await tools.getByRole("link", { name: "Requests to answer" }).click();
  await expect(officer.getByRole("heading", { name: "Requests to answer", level: 1 })).toBeVisible();
  const item = officer.getByRole("listitem").filter({ hasText: `From ${name}` });
  await item.getByLabel("Message to the person").fill("We checked your ID card and corrected your legal name.");
  await item.getByLabel("New status").selectOption("answered");
  await item.getByRole("button", { name: `Send the answer to ${name}'s request` }).click();
  await expect(officer.getByText("Sent. The person has been notified.")).toBeVisible();
  expect(await seriousViolations(officer)).toEqual([]);
  await office.close();

  await page.reload();
  await expect(card.getByRole("heading", { name: "Correction request Answered" })).toBeVisible();
  await expect(card.getByText("We checked your ID card and corrected your legal name.")).toBeVisible();
  await expect(card.getByText("Privacy office").first()).toBeVisible();
  await expect(card.getByText(/you may complain to the personal information protection authority/)).toBeVisible();
});

test("a shopper withdraws an open request", async ({ page }) => {
  await signUpShopper(page, "wd");
  await page.goto("/account/requests");
  const form = page.getByRole("form", { name: "Make a request" });
  await form.getByLabel("Kind of request").selectOption("access");
  await expect(form.getByText("Answered within 10 working days.")).toBeVisible();
  await form.getByLabel("Your request").fill("Please send me the recordings of my calls with support.");
  await form.getByRole("button", { name: "Send request" }).click();
  const card = page.getByRole("listitem").filter({ hasText: "recordings of my calls" });
  await card.getByRole("button", { name: /Withdraw the request sent/ }).click();
  await expect(page.getByText("The request is withdrawn.")).toBeVisible();
  await expect(card.getByRole("heading", { name: "Access request Withdrawn" })).toBeVisible();
});

test("only the privacy office opens the queue", async ({ page }) => {
  await signIn(page, "sam@support.demo.shop");
  await expect(page.getByRole("heading", { name: /^Hello/ })).toBeVisible();
  await expect(page.getByRole("region", { name: "Privacy officer tools" })).toHaveCount(0);
  await page.goto("/admin/requests");
  await expect(page.getByRole("heading", { name: "Not allowed" })).toBeVisible();
});
