import "server-only";
import type { z } from "zod";
import { runAction, type ActionDef } from "./action";
import type { ActionResult } from "./errors";
import { readRequestInfo } from "./request";

/**
 * The only way a "use server" module exports an action. It accepts both call shapes React uses:
 * `action(input)` from code and `action(previousState, formData)` from useActionState.
 */
export function serverAction<S extends z.ZodType, O>(def: ActionDef<S, O>) {
  return async function action(first: unknown, second?: unknown): Promise<ActionResult<O>> {
    const input = second instanceof FormData ? second : first;
    return runAction(def, input, await readRequestInfo());
  };
}
