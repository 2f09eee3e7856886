import { closeDb } from "@/lib/db/client";

// Runs a command-line task, closes the database, and turns a failure into a clear message and exit code.
export async function runCli(task: () => Promise<number | void>) {
  let code = 0;
  try {
    code = (await task()) ?? 0;
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    code = 1;
  } finally {
    await closeDb().catch(() => {});
  }
  process.exit(code);
}
