"use client";
import { startTransition, useActionState, type FormEvent } from "react";
import type { ActionResult } from "@/lib/access/errors";

type FormAction<T> = (prev: unknown, form: FormData) => Promise<ActionResult<T>>;

/**
 * Wraps a server action for a <form>: the last result, its field errors and a pending flag.
 * Submitting through onSubmit (not the form's action prop) keeps what the person typed when the server says no.
 */
export function useActionForm<T>(action: FormAction<T>) {
  const [result, dispatch, pending] = useActionState<ActionResult<T> | null, FormData>(action, null);
  const fieldErrors = result && !result.ok ? (result.error.fields ?? {}) : {};
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(() => dispatch(form));
  };
  return { result, onSubmit, pending, fieldErrors };
}
