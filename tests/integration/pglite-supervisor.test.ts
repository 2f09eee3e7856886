import { fork } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { openHost } from "@/lib/db/pglite-host.mjs";
import { SUPERVISOR_ENV } from "@/lib/db/pglite-client";
import { serveDatabase } from "@/lib/db/pglite-supervisor";

// `npm start` with several server processes on the embedded database: the supervisor holds it and serves it to
// them over Node's IPC channel (lib/db/pglite-supervisor.ts), real processes here.
describe("the embedded database served by the supervisor", () => {
  const host = openHost("memory://");
  afterAll(() => host.close());
  let id = 0;
  const query = (text: string) =>
    new Promise<{ rows: unknown[] }>((resolve, reject) =>
      host.handle({ id: ++id, op: "query", text }, (r) => (r.error ? reject(r.error) : resolve(r.value as never))),
    );

  function server(mode: "round-trip" | "die") {
    const child = fork("tests/support/supervised-child.ts", [mode], {
      execArgv: ["--conditions=react-server", "--import", "tsx"],
      env: { ...process.env, [SUPERVISOR_ENV]: "true" },
      serialization: "advanced",
    });
    serveDatabase(child, host);
    const report = new Promise<unknown>((resolve) =>
      child.on("message", (m: { report?: unknown }) => m.report !== undefined && resolve(m.report)),
    );
    return { child, report };
  }

  it("carries values, errors and transactions between the processes", async () => {
    await query("create table items (id int primary key, meta jsonb, data bytea)");
    const { child, report } = server("round-trip");
    expect(await report).toEqual({
      rows: [
        {
          id: 1,
          meta: { tags: ["中文"] },
          data: new Uint8Array([0, 255]),
          at: new Date("2026-03-01T10:20:30.456Z"),
          big: 9007199254740993n,
        },
      ],
      error: { message: expect.stringContaining("duplicate key"), code: "23505" },
    });
    child.kill();
    expect((await query("select count(*)::int as n from items")).rows).toEqual([{ n: 1 }]);
  }, 30_000);

  it("rolls back the transaction of a process that stops in its middle, and serves the others", async () => {
    const { child, report } = server("die");
    expect(await report).toBe("inside");
    const exited = new Promise((resolve) => child.on("exit", resolve));
    child.kill("SIGKILL");
    await exited;
    expect((await query("select id from items order by id")).rows).toEqual([{ id: 1 }]);
  }, 30_000);
});
