import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openHost, type HostCall, type HostReply } from "@/lib/db/pglite-host.mjs";

// The embedded database as `npm start`'s supervisor serves it to several server processes: a process that stops
// in the middle of a transaction must not leave the database held for the others.
describe("the embedded database's host", () => {
  const host = openHost("memory://");
  let lastId = 0;
  const call = (client: number, message: Omit<HostCall, "id">) =>
    new Promise<HostReply>((resolve) => host.handle({ ...message, id: ++lastId } as HostCall, resolve, client));
  const value = async (client: number, message: Omit<HostCall, "id">) => {
    const reply = await call(client, message);
    if (reply.error) throw Object.assign(new Error(reply.error.message), reply.error);
    return reply.value;
  };
  const count = async () =>
    ((await value(9, { op: "query", text: "select count(*)::int as n from items" })) as { rows: { n: number }[] })
      .rows[0]!.n;

  beforeAll(() => value(9, { op: "query", text: "create table items (id int primary key)" }));
  afterAll(() => host.close());

  it("rolls back the open transaction of a process that has gone, and serves the others", async () => {
    const tx = await value(1, { op: "begin" });
    await value(1, { op: "query", text: "insert into items values (1)", tx });
    host.forget(1);
    expect(await count()).toBe(0);
    await expect(value(1, { op: "end", tx, commit: true })).rejects.toThrow(/already ended/);
    expect(await count()).toBe(0);
  });

  it("rolls back at once a transaction that a gone process was still waiting to begin", async () => {
    const holding = await value(2, { op: "begin" });
    let answered = false;
    void call(3, { op: "begin" }).then(() => (answered = true));
    host.forget(3);
    await value(2, { op: "query", text: "insert into items values (2)", tx: holding });
    await value(2, { op: "end", tx: holding, commit: true });
    // The waiting transaction got the database, gave it back untouched and sent nothing to a process not there.
    expect(await count()).toBe(1);
    expect(answered).toBe(false);
  });

  it("answers each process's calls to that process alone", async () => {
    const replies: Record<number, number[]> = { 4: [], 5: [] };
    await Promise.all(
      [4, 5, 4, 5].map(
        (client) =>
          new Promise<void>((resolve) =>
            host.handle({ id: client * 100 + ++lastId, op: "hot", text: "select 1 as one", params: [] }, (r) => {
              replies[client]!.push(r.id);
              resolve();
            }),
          ),
      ),
    );
    expect(replies[4]!.every((id) => Math.floor(id / 100) === 4)).toBe(true);
    expect(replies[5]!.every((id) => Math.floor(id / 100) === 5)).toBe(true);
  });
});
