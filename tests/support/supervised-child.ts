// A server process as `npm start` runs it on the embedded database with several processes, for the supervisor
// test: its database is the supervisor's (SUPERVISOR_ENV is set). "round-trip" reads back values of every kind and
// reports them; "die" stops in the middle of a transaction.
import { PGliteClient } from "@/lib/db/pglite-client";

const db = PGliteClient.viaSupervisor();
const report = (value: unknown) => process.send!({ report: value });

async function main() {
  if (process.argv[2] === "round-trip") {
    const at = new Date("2026-03-01T10:20:30.456Z");
    const { rows } = await db.transaction(async (tx) => {
      await tx.query("insert into items values ($1, $2, $3)", [1, { tags: ["中文"] }, new Uint8Array([0, 255])]);
      return tx.query("select id, meta, data, $1::timestamptz as at, 9007199254740993::int8 as big from items", [at]);
    });
    const error = await db.query("insert into items (id) values (1)").catch((e: Error) => e);
    report({ rows, error: { message: (error as Error).message, code: (error as { code?: string }).code } });
    // Closing its client leaves the database open for the others.
    await db.close();
  } else {
    await db.transaction(async (tx) => {
      await tx.query("insert into items (id) values (2)");
      report("inside");
      await new Promise(() => {});
    });
  }
}

void main();
