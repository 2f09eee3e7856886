import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { runAction } from "@/lib/access/action";
import { addressesList, deleteAddress, saveAddress, setDefaultAddress } from "@/lib/addresses/operations";
import { MAX_ADDRESSES } from "@/lib/addresses/schemas";
import { addresses } from "@/lib/db/schema";
import { createSession, createUser, requestAs } from "../support/factories";

const home = {
  consignee: "Mia Chen",
  phone: "138 0013 8000",
  region: "Shanghai",
  city: "Shanghai",
  line1: "1 Bund Road",
  postcode: "200002",
};

async function shopper() {
  const user = await createUser();
  return { user, req: requestAs(await createSession(user.id)) };
}

describe("delivery addresses", () => {
  it("adds, makes the first one default, and shows the phone masked", async () => {
    const { req } = await shopper();
    const result = await runAction(saveAddress, home, req);
    expect(result).toMatchObject({
      ok: true,
      data: [{ consignee: "Mia Chen", phone: "138****8000", isDefault: true }],
    });
  });

  it("keeps exactly one default as addresses are added, switched and deleted", async () => {
    const { user, req } = await shopper();
    await runAction(saveAddress, home, req);
    const second = await runAction(saveAddress, { ...home, line1: "2 Nanjing Road", isDefault: "on" }, req);
    if (!second.ok) throw new Error("second add failed");
    expect(second.data.filter((a) => a.isDefault).map((a) => a.line1)).toEqual(["2 Nanjing Road"]);
    const first = second.data.find((a) => a.line1 === "1 Bund Road")!;
    await runAction(setDefaultAddress, { id: first.id }, req);
    const afterDelete = await runAction(deleteAddress, { id: first.id }, req);
    expect(afterDelete).toMatchObject({ ok: true, data: [{ line1: "2 Nanjing Road", isDefault: true }] });
    const rows = await getDb().select().from(addresses).where(eq(addresses.userId, user.id));
    expect(rows.filter((r) => r.isDefault)).toHaveLength(1);
  });

  it("edits in place and keeps the stored phone when the field is left empty", async () => {
    const { user, req } = await shopper();
    const added = await runAction(saveAddress, home, req);
    if (!added.ok) throw new Error("add failed");
    await runAction(saveAddress, { ...home, id: added.data[0]!.id, phone: "", line1: "3 New Street" }, req);
    const [row] = await getDb().select().from(addresses).where(eq(addresses.userId, user.id));
    expect(row).toMatchObject({ line1: "3 New Street", phone: "13800138000" });
  });

  it("refuses another shopper's address id for edit, delete and default, changing nothing", async () => {
    const owner = await shopper();
    const added = await runAction(saveAddress, home, owner.req);
    if (!added.ok) throw new Error("add failed");
    const id = added.data[0]!.id;
    const intruder = await shopper();
    for (const attempt of [
      runAction(saveAddress, { ...home, id, line1: "hijacked" }, intruder.req),
      runAction(deleteAddress, { id }, intruder.req),
      runAction(setDefaultAddress, { id }, intruder.req),
    ]) {
      expect(await attempt).toMatchObject({ ok: false, error: { code: "not_found" } });
    }
    expect(await runAction(addressesList, {}, owner.req)).toMatchObject({ ok: true, data: [{ line1: "1 Bund Road" }] });
  });

  it("names bad fields: phone, postcode, missing and overlong values, markup", async () => {
    const { req } = await shopper();
    const result = await runAction(
      saveAddress,
      { consignee: "", phone: "12", region: "x".repeat(41), city: "<script>", line1: "ok", postcode: "ABC" },
      req,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.error.fields!).sort()).toEqual(["city", "consignee", "phone", "postcode", "region"]);
    expect(result.error.fields!.postcode).toEqual(["A postcode has 6 digits."]);
  });

  it(`stops at ${MAX_ADDRESSES} addresses`, async () => {
    const { req } = await shopper();
    for (let i = 0; i < MAX_ADDRESSES; i++) await runAction(saveAddress, { ...home, line1: `${i} Long Road` }, req);
    expect(await runAction(saveAddress, home, req)).toMatchObject({ ok: false, error: { code: "conflict" } });
  }, 60_000);
});
