import { expect, test, type Locator } from "@playwright/test";
import { signIn } from "./helpers";

async function fillAddress(form: Locator, a: { region: string; city: string; line1: string; postcode: string }) {
  await form.getByLabel("Recipient", { exact: true }).fill("Hugo Li");
  await form.getByLabel("Recipient's mobile number").fill("139 1234 5678");
  await form.getByLabel("Province or region").fill(a.region);
  await form.getByLabel("City").fill(a.city);
  await form.getByLabel("Street address").fill(a.line1);
  await form.getByLabel("Postcode").fill(a.postcode);
  await form.getByRole("button", { name: "Add address" }).click();
}

test("a shopper adds an address, makes it the default and removes it", async ({ page }) => {
  await signIn(page, "hugo@demo.shop");
  await page.getByRole("link", { name: "Addresses" }).click();
  await expect(page.getByText("You have no saved addresses yet.")).toBeVisible();

  const form = page.getByRole("form", { name: "Add an address" });
  await fillAddress(form, { region: "Zhejiang", city: "Hangzhou", line1: "9 Lake Road", postcode: "31000" });
  await expect(form.getByText("A postcode has 6 digits.")).toBeVisible();
  await form.getByLabel("Postcode").fill("310000");
  await form.getByRole("button", { name: "Add address" }).click();
  await expect(page.getByText("Address saved.")).toBeVisible();

  const list = page.getByRole("list", { name: "Delivery addresses" });
  await expect(list.getByText("Hugo Li · 139****5678")).toBeVisible();
  await expect(list.getByText("Default")).toBeVisible();

  await fillAddress(form, { region: "Shanghai", city: "Shanghai", line1: "5 River Street", postcode: "200001" });
  await expect(list.getByRole("listitem")).toHaveCount(2);

  await list.getByRole("button", { name: "Make 5 River Street the default" }).click();
  await expect(page.getByText("Default address changed.")).toBeVisible();
  await list.getByRole("button", { name: "Delete 9 Lake Road" }).click();
  await expect(page.getByText("Address deleted.")).toBeVisible();
  await expect(list.getByRole("listitem")).toHaveCount(1);

  await page.reload();
  await expect(list.getByText("5 River Street")).toBeVisible();
  await expect(list.getByText("9 Lake Road")).toHaveCount(0);
});
