import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { hotQuery } from "@/lib/db/raw";
import { users } from "@/lib/db/schema";
import { createUser } from "../support/factories";

// The per-page reads run as named prepared statements on both drivers (lib/db/raw.ts).
describe("hot reads", () => {
  it("passes every kind of parameter and returns typed rows, call after call", async () => {
    const text = "select $1::uuid as id, $2::boolean as flag, $3::int as n, $4::text[] as list, $5::text as nothing";
    const id = "6f1c2a9e-1f7b-4c1e-9b1a-2d3e4f5a6b7c";
    const list = ['a "quoted", {braced}', "back\\slash", "中文"];
    for (let i = 0; i < 3; i++) {
      const [row] = await hotQuery<Record<string, unknown>>(text, [id, i % 2 === 0, i, list, null]);
      expect(row).toEqual({ id, flag: i % 2 === 0, n: i, list, nothing: null });
    }
  });

  it("reports a bad parameter and stays usable", async () => {
    const text = "select $1::uuid as id";
    await expect(hotQuery(text, ["not-a-uuid"])).rejects.toThrow(/uuid/);
    const id = "0f1c2a9e-1f7b-4c1e-9b1a-2d3e4f5a6b7c";
    expect(await hotQuery(text, [id])).toEqual([{ id }]);
    expect(await hotQuery("select 1 as one", [])).toEqual([{ one: 1 }]);
  });

  it("never reads inside another request's unfinished transaction", async () => {
    const user = await createUser();
    const read = () => hotQuery<{ nickname: string | null }>("select nickname from users where id = $1", [user.id]);
    let inside!: () => void;
    const started = new Promise<void>((r) => (inside = r));
    let finish!: () => void;
    const held = new Promise<void>((r) => (finish = r));
    const tx = getDb().transaction(async (t) => {
      await t.update(users).set({ nickname: "uncommitted" }).where(eq(users.id, user.id));
      inside();
      await held;
      throw new Error("rolled back");
    });
    await started;
    const during = read();
    // Time for the read to run if nothing held it back.
    await new Promise((r) => setTimeout(r, 100));
    finish();
    await expect(tx).rejects.toThrow("rolled back");
    expect(await during).toEqual([{ nickname: user.nickname }]);
    expect(await read()).toEqual([{ nickname: user.nickname }]);
  });
});
