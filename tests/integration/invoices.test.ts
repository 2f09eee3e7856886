import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { runAction } from "@/lib/access/action";
import { deleteInvoice, invoicesList, saveInvoice } from "@/lib/invoices/operations";
import { MAX_INVOICE_TITLES } from "@/lib/invoices/schemas";
import { invoiceDetails } from "@/lib/db/schema";
import { createSession, createUser, grantSupport, linkGuardian, requestAs } from "../support/factories";

const company = { kind: "company", title: "Lake View Trading Co., Ltd.", taxpayerId: "9131 0000 ma1fl0xx1a" };

async function shopper(age = 30) {
  const user = await createUser({ age });
  return { user, req: requestAs(await createSession(user.id)) };
}

const rowsOf = (userId: string) =>
  getDb()
    .select({ id: invoiceDetails.id, title: invoiceDetails.title, taxpayerId: invoiceDetails.taxpayerId })
    .from(invoiceDetails)
    .where(eq(invoiceDetails.userId, userId));

async function added(req: ReturnType<typeof requestAs>, input: Record<string, unknown> = company) {
  const result = await runAction(saveInvoice, input, req);
  if (!result.ok) throw new Error(`add failed: ${JSON.stringify(result.error)}`);
  return result.data.at(-1)!;
}

describe("invoice details", () => {
  it("adds a company title, stores the taxpayer ID normalised and shows it masked", async () => {
    const { user, req } = await shopper();
    const invoice = await added(req);
    expect(invoice).toMatchObject({ kind: "company", title: company.title, taxpayerId: "9131**********XX1A" });
    expect(await rowsOf(user.id)).toMatchObject([{ taxpayerId: "91310000MA1FL0XX1A" }]);
    expect(await runAction(invoicesList, {}, req)).toMatchObject({ ok: true, data: [{ id: invoice.id }] });
  });

  it("adds a personal title without a taxpayer ID, whatever was sent with it", async () => {
    const { user, req } = await shopper();
    await added(req, { kind: "personal", title: "Mia Chen", taxpayerId: "91310000MA1FL0XX1A" });
    expect(await rowsOf(user.id)).toMatchObject([{ title: "Mia Chen", taxpayerId: null }]);
  });

  it("names each bad field in the shopper's language and writes nothing", async () => {
    const { user, req } = await shopper();
    const en = await runAction(saveInvoice, { kind: "company", title: "x".repeat(10_000), taxpayerId: "12345" }, req);
    expect(en).toMatchObject({
      ok: false,
      error: {
        code: "invalid_input",
        fields: {
          title: ["Use at most 100 characters."],
          taxpayerId: ["A taxpayer ID has 15, 18 or 20 letters and digits, e.g. 91310000MA1FL0XX1A."],
        },
      },
    });
    const zh = await runAction(
      saveInvoice,
      { kind: "company", title: "<script>alert(1)</script>", taxpayerId: "91310000MA1FL0XX1!" },
      { ...req, locale: "zh-CN" },
    );
    expect(zh).toMatchObject({
      ok: false,
      error: {
        fields: {
          title: ["请勿使用 < 或 >。"],
          taxpayerId: ["纳税人识别号由 15、18 或 20 位字母和数字组成，例如 91310000MA1FL0XX1A。"],
        },
      },
    });
    for (const hostile of [
      { kind: "company", title: "Acme" },
      { kind: "government", title: "Acme" },
      { kind: "personal", title: 42 },
      { kind: "personal", title: "" },
      { kind: "personal", title: ["a", "b"] },
      { kind: "company", title: "Acme", taxpayerId: { $ne: null } },
    ]) {
      expect(await runAction(saveInvoice, hostile, req)).toMatchObject({ ok: false, error: { code: "invalid_input" } });
    }
    expect(await rowsOf(user.id)).toEqual([]);
  });

  it("asks a new company title for its taxpayer ID next to the field", async () => {
    const { req } = await shopper();
    const result = await runAction(saveInvoice, { kind: "company", title: "Acme" }, req);
    expect(result).toMatchObject({
      ok: false,
      error: { fields: { taxpayerId: ["A company invoice needs the company's taxpayer ID."] } },
    });
  });

  it("edits in place: an empty taxpayer ID keeps the stored one, personal clears it", async () => {
    const { user, req } = await shopper();
    const invoice = await added(req);
    await runAction(saveInvoice, { id: invoice.id, kind: "company", title: "Lake View Ltd.", taxpayerId: "" }, req);
    expect(await rowsOf(user.id)).toMatchObject([{ title: "Lake View Ltd.", taxpayerId: "91310000MA1FL0XX1A" }]);
    await runAction(saveInvoice, { id: invoice.id, kind: "personal", title: "Mia Chen" }, req);
    expect(await rowsOf(user.id)).toMatchObject([{ title: "Mia Chen", taxpayerId: null }]);
    // Back to a company: there is no stored ID to keep now, so one must be typed.
    const again = await runAction(saveInvoice, { id: invoice.id, kind: "company", title: "Acme" }, req);
    expect(again).toMatchObject({ ok: false, error: { fields: { taxpayerId: [expect.stringContaining("needs")] } } });
    expect(await rowsOf(user.id)).toMatchObject([{ title: "Mia Chen", taxpayerId: null }]);
  });

  it("answers another shopper's invoice id with not-found for edit and delete, changing nothing", async () => {
    const owner = await shopper();
    const invoice = await added(owner.req);
    const intruder = await shopper();
    expect(await runAction(saveInvoice, { ...company, id: invoice.id, title: "hijacked" }, intruder.req)).toMatchObject(
      { ok: false, error: { code: "not_found" } },
    );
    expect(await runAction(deleteInvoice, { id: invoice.id }, intruder.req)).toMatchObject({
      ok: false,
      error: { code: "not_found" },
    });
    expect(await rowsOf(owner.user.id)).toMatchObject([{ title: company.title }]);
    expect(await rowsOf(intruder.user.id)).toEqual([]);
  });

  it("deletes a title", async () => {
    const { user, req } = await shopper();
    const invoice = await added(req);
    expect(await runAction(deleteInvoice, { id: invoice.id }, req)).toEqual({ ok: true, data: [] });
    expect(await rowsOf(user.id)).toEqual([]);
  });

  it("lets a guardian manage a minor's titles; support may only read them", async () => {
    const { user: minor } = await shopper(15);
    const guardian = await createUser({ age: 45 });
    await linkGuardian(guardian.id, minor.id);
    const byGuardian = requestAs(await createSession(guardian.id), minor.id);
    const invoice = await added(byGuardian, { kind: "personal", title: "Max Wu" });
    for (const mode of ["read", "write"] as const) {
      const agent = await createUser({ roles: ["support"] });
      await grantSupport(agent.id, minor.id, mode);
      const req = requestAs(await createSession(agent.id), minor.id);
      expect(await runAction(invoicesList, {}, req)).toMatchObject({ ok: true, data: [{ title: "Max Wu" }] });
      expect(await runAction(saveInvoice, { ...company, id: invoice.id }, req)).toMatchObject({
        ok: false,
        error: { code: "forbidden" },
      });
      expect(await runAction(deleteInvoice, { id: invoice.id }, req)).toMatchObject({
        ok: false,
        error: { code: "forbidden" },
      });
    }
    expect(await rowsOf(minor.id)).toMatchObject([{ title: "Max Wu", taxpayerId: null }]);
  });

  it(`stops at ${MAX_INVOICE_TITLES} titles`, async () => {
    const { req } = await shopper();
    for (let i = 0; i < MAX_INVOICE_TITLES; i++) await added(req, { kind: "personal", title: `Title ${i}` });
    expect(await runAction(saveInvoice, { kind: "personal", title: "One more" }, req)).toMatchObject({
      ok: false,
      error: {
        code: "conflict",
        message: `You already have ${MAX_INVOICE_TITLES} invoice titles. Delete one before adding another.`,
      },
    });
  }, 60_000);
});
