"use client";
import { useState, type FormEvent } from "react";
import type { ActionResult } from "@/lib/access/errors";
import { useStepUp } from "./use-step-up";

/**
 * A form whose action may need a recent sign-in: the password is asked in place (render `stepUp` with
 * StepUpDialog) and the same submission is retried, so nothing typed is lost.
 */
export function useStepUpForm<T>(action: (form: FormData) => Promise<ActionResult<T>>) {
  const { run, dialogProps } = useStepUp();
  const [result, setResult] = useState<ActionResult<T> | null>(null);
  const [pending, setPending] = useState(false);

  async function submit(form: FormData): Promise<ActionResult<T>> {
    setPending(true);
    try {
      const outcome = await run(() => action(form));
      setResult(outcome);
      return outcome;
    } finally {
      setPending(false);
    }
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void submit(new FormData(event.currentTarget));
  };
  const fieldErrors = result && !result.ok ? (result.error.fields ?? {}) : {};
  return { result, setResult, submit, onSubmit, pending, fieldErrors, stepUp: dialogProps };
}
