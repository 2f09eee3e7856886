"use client";
import { useCallback, useRef, useState } from "react";
import type { ActionResult } from "@/lib/access/errors";

/**
 * Runs an action; when the server asks for a recent sign-in, opens the step-up dialog and
 * retries the same call after the password is confirmed.
 */
export function useStepUp() {
  const [open, setOpen] = useState(false);
  const pending = useRef<{ retry: () => void; cancel: () => void } | null>(null);

  const run = useCallback(<T>(call: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> => {
    return call().then(
      (result) =>
        new Promise<ActionResult<T>>((resolve) => {
          if (result.ok || result.error.code !== "step_up_required") return resolve(result);
          pending.current = {
            retry: () => void call().then(resolve),
            cancel: () => resolve(result),
          };
          setOpen(true);
        }),
    );
  }, []);

  const dialogProps = {
    open,
    onConfirmed: () => {
      setOpen(false);
      pending.current?.retry();
      pending.current = null;
    },
    onCancel: () => {
      setOpen(false);
      pending.current?.cancel();
      pending.current = null;
    },
  };
  return { run, dialogProps };
}
