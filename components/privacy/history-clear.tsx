"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "@/lib/i18n/use-translations";
import { useState } from "react";
import { clearHistoryAction } from "@/lib/collection/actions";
import { Button } from "@/components/ui/button";
import { unwrap } from "@/components/ui/unwrap";

type Props = { kind: "browsing" | "search"; initialCount: number; canClear: boolean };

// "Clear all" asks once more, then says how many records went.
export function HistoryClear({ kind, initialCount, canClear }: Props) {
  const t = useTranslations("privacy");
  const [count, setCount] = useState(initialCount);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const clear = useMutation({
    mutationFn: async () => unwrap(await clearHistoryAction({ kind })),
    onSuccess: (data) => {
      setCount(0);
      setMessage({ tone: "ok", text: t("cleared", { count: data.removed }) });
    },
    onError: (error) => setMessage({ tone: "error", text: error.message }),
    onSettled: () => setConfirming(false),
  });
  return (
    <div className="flex flex-col gap-2 pb-3 pl-1">
      <p className="text-sm text-slate-700">{t("historyHeld", { count })}</p>
      {canClear && !confirming ? (
        <div>
          <Button variant="secondary" disabled={count === 0} onClick={() => setConfirming(true)}>
            {t(`clear.${kind}`)}
          </Button>
        </div>
      ) : null}
      {confirming ? (
        <div className="flex flex-wrap items-center gap-2 rounded border border-amber-300 bg-amber-50 p-2">
          <p className="text-sm">{t("confirmClear", { count })}</p>
          <Button variant="danger" pending={clear.isPending} onClick={() => clear.mutate()}>
            {t("confirmClearYes")}
          </Button>
          <Button variant="secondary" onClick={() => setConfirming(false)}>
            {t("confirmClearNo")}
          </Button>
        </div>
      ) : null}
      {message ? (
        <p
          role={message.tone === "error" ? "alert" : "status"}
          className={`text-sm ${message.tone === "error" ? "text-red-700" : "text-green-800"}`}
        >
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
