"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { queryKeys } from "@/lib/query-keys";
import type { ChoicesView, ChoiceView } from "@/lib/consent/queries";
import { choicesListAction, setChoiceAction } from "@/lib/consent/actions";
import { ActionFailed, unwrap } from "@/components/ui/unwrap";

export type ChoicesData = ChoicesView & { serverNow: number };
type Change = { key: ChoiceView["key"]; granted: boolean; seq: number; confirmGpcOverride?: boolean };
export type Outcome =
  | { kind: "saved" | "superseded"; key: string; granted: boolean }
  | { kind: "failed"; key: string; message: string }
  | { kind: "needsGpc"; key: string };

/**
 * The subject's choices, with optimistic switches. Each change carries a sequence on the server's clock
 * (the page says what time the server had), higher than any the page has seen, so the server keeps the newest
 * write whatever order requests arrive in. Only the answer to the newest change of a switch updates it;
 * an error puts back the last state the server confirmed.
 */
export function useChoices(subjectId: string, initial: ChoicesData, onOutcome: (o: Outcome) => void) {
  const client = useQueryClient();
  const key = queryKeys.choices(subjectId);
  const { data = initial } = useQuery({
    queryKey: key,
    queryFn: async () => unwrap(await choicesListAction({})),
    initialData: initial,
  });
  const clock = useRef({ offset: 0, last: Math.max(0, ...initial.choices.map((c) => c.seq)) });
  const latest = useRef(new Map<string, number>());
  const confirmed = useRef(new Map(initial.choices.map((c) => [c.key, c.granted])));
  useEffect(() => {
    clock.current.offset = initial.serverNow - Date.now();
  }, [initial.serverNow]);

  const put = useCallback(
    (choiceKey: string, patch: Partial<ChoiceView>) =>
      client.setQueryData<ChoicesData>(key, (old) =>
        old ? { ...old, choices: old.choices.map((c) => (c.key === choiceKey ? { ...c, ...patch } : c)) } : old,
      ),
    [client, key],
  );

  const mutation = useMutation({
    mutationFn: async ({ key: purpose, ...rest }: Change) => unwrap(await setChoiceAction({ purpose, ...rest })),
    onMutate: (change: Change) => {
      latest.current.set(change.key, change.seq);
      put(change.key, { granted: change.granted });
    },
    onSuccess: (state, change) => {
      if (latest.current.get(change.key) !== change.seq) return;
      confirmed.current.set(change.key, state.granted);
      put(change.key, { granted: state.granted, source: state.source, seq: state.seq });
      onOutcome({ kind: state.applied ? "saved" : "superseded", key: change.key, granted: state.granted });
    },
    onError: (error, change) => {
      if (latest.current.get(change.key) !== change.seq) return;
      put(change.key, { granted: confirmed.current.get(change.key) ?? !change.granted });
      const details = error instanceof ActionFailed ? (error.error.details as { gpcConfirmation?: string }) : undefined;
      if (details?.gpcConfirmation) onOutcome({ kind: "needsGpc", key: change.key });
      else onOutcome({ kind: "failed", key: change.key, message: error.message });
    },
  });

  const nextSeq = () => {
    const c = clock.current;
    c.last = Math.max(c.last + 1, Math.round(Date.now() + c.offset));
    return c.last;
  };
  const change = (choiceKey: ChoiceView["key"], granted: boolean, confirmGpcOverride?: boolean) =>
    mutation.mutate({ key: choiceKey, granted, seq: nextSeq(), ...(confirmGpcOverride ? { confirmGpcOverride } : {}) });

  return { data, change };
}

// The last outcome per switch, for the line under it.
export function useOutcomes() {
  const [outcomes, setOutcomes] = useState<Record<string, Outcome>>({});
  const [last, setLast] = useState<Outcome | null>(null);
  const record = useCallback((o: Outcome) => {
    setOutcomes((prev) => ({ ...prev, [o.key]: o }));
    setLast(o);
  }, []);
  return { outcomes, last, record };
}
