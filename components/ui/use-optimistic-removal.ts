"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { ActionResult } from "@/lib/access/errors";
import { unwrap } from "./unwrap";

type Options<L> = {
  key: readonly unknown[];
  call: (id: string) => Promise<ActionResult<L>>;
  // The list as it looks without that item, shown until the server answers.
  without: (list: L, id: string) => L;
  onRemoved: (id: string) => void;
  onFailed: (message: string) => void;
};

/** Removes an item from a cached list at once; puts it back, and says why, if the server refuses. */
export function useOptimisticRemoval<L>({ key, call, without, onRemoved, onFailed }: Options<L>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => unwrap(await call(id)),
    onMutate: async (id: string) => {
      await client.cancelQueries({ queryKey: key });
      const previous = client.getQueryData<L>(key);
      if (previous !== undefined) client.setQueryData<L>(key, without(previous, id));
      return { previous };
    },
    onError: (error, _id, context) => {
      if (context?.previous !== undefined) client.setQueryData(key, context.previous);
      onFailed(error.message);
    },
    onSuccess: (fresh, id) => {
      client.setQueryData(key, fresh);
      onRemoved(id);
    },
  });
}
