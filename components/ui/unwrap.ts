import type { ActionError, ActionResult } from "@/lib/access/errors";

export class ActionFailed extends Error {
  constructor(readonly error: ActionError) {
    super(error.message);
  }
}

// TanStack Query wants a thrown error to roll back; actions return one. This turns one into the other.
export function unwrap<T>(result: ActionResult<T>): T {
  if (!result.ok) throw new ActionFailed(result.error);
  return result.data;
}
