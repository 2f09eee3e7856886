import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import "@/lib/server/release-abort-reasons.mjs";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

// As React does when a render completes: the signal is aborted, from inside an Immediate, with a new Error, and
// the controller (with its reason) lives on.
const controllers: AbortController[] = [];

async function immediateOutlivesAbort(): Promise<boolean> {
  const controller = new AbortController();
  controllers.push(controller);
  let payload: WeakRef<object> | null = null;
  await new Promise<void>((resolve) => {
    const held = { rows: new Array(10_000).fill(0) };
    payload = new WeakRef(held);
    const immediate = setImmediate(() => {
      controller.abort(new Error("This render completed successfully."));
      resolve();
    });
    Object.assign(immediate, { held });
  });
  await new Promise((r) => setTimeout(r, 10));
  gc();
  return payload!.deref() !== undefined;
}

describe("the server's abort preload", () => {
  it("lets an Immediate go once a signal was aborted from it with an Error", async () => {
    for (let i = 0; i < 3; i++) expect(await immediateOutlivesAbort()).toBe(false);
    expect(controllers.every((c) => c.signal.reason instanceof Error)).toBe(true);
    expect((controllers[0]!.signal.reason as Error).stack).toContain("This render completed successfully.");
  });
});
