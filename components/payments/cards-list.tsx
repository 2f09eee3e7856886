"use client";
import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "@/lib/i18n/use-translations";
import { useRef, useState } from "react";
import { queryKeys } from "@/lib/query-keys";
import type { CardView } from "@/lib/payments/queries";
import { cardsListAction, removeCardAction } from "@/lib/payments/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { unwrap } from "@/components/ui/unwrap";
import { useOptimisticRemoval } from "@/components/ui/use-optimistic-removal";
import { knownName } from "@/components/ui/known-name";

type Props = { subjectId: string; initial: CardView[]; canRemove: boolean };

export function CardsList({ subjectId, initial, canRemove }: Props) {
  const t = useTranslations("payments");
  const key = queryKeys.cards(subjectId);
  const listRef = useRef<HTMLUListElement>(null);
  const [confirming, setConfirming] = useState<CardView | null>(null);
  const [notice, setNotice] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const { data: cards = initial } = useQuery({
    queryKey: key,
    queryFn: async () => unwrap(await cardsListAction({})),
    initialData: initial,
  });
  const label = (c: CardView) => t("cardLabel", { brand: knownName(t, "brands", c.brand), last4: c.last4 });
  const labels = useRef(new Map<string, string>());

  const remove = useOptimisticRemoval<CardView[]>({
    key,
    call: (id) => removeCardAction({ id }),
    without: (list, id) => list.filter((c) => c.id !== id),
    onRemoved: (id) => setNotice({ tone: "success", text: t("removed", { card: labels.current.get(id) ?? "" }) }),
    onFailed: (message) => setNotice({ tone: "error", text: message }),
  });

  const confirm = () => {
    if (!confirming) return;
    labels.current.set(confirming.id, label(confirming));
    setNotice(null);
    remove.mutate(confirming.id);
    setConfirming(null);
  };

  return (
    <div className="flex flex-col gap-3">
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      {cards.length === 0 ? <p>{t("none")}</p> : null}
      <ul ref={listRef} tabIndex={-1} className="flex flex-col gap-2" aria-label={t("cardsTitle")}>
        {cards.map((c) => (
          <li
            key={c.id}
            className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-slate-200 bg-white p-3"
          >
            <div className="min-w-0">
              <p className="font-medium">
                {knownName(t, "brands", c.brand)} <span className="font-mono">{c.number}</span>
              </p>
              <p className="text-sm text-slate-700">
                {t("expires", { month: String(c.expMonth).padStart(2, "0"), year: c.expYear })}{" "}
                {c.expired ? (
                  <span className="ml-1 rounded bg-red-50 px-2 py-0.5 font-medium text-red-800">{t("expired")}</span>
                ) : null}
              </p>
            </div>
            {canRemove ? (
              <Button
                variant="secondary"
                onClick={() => setConfirming(c)}
                aria-label={t("removeOne", { card: label(c) })}
              >
                {t("remove")}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      {confirming ? (
        <ConfirmDialog
          title={t("confirmTitle", { card: label(confirming) })}
          confirmLabel={t("confirmRemove")}
          cancelLabel={t("keep")}
          onConfirm={confirm}
          onCancel={() => setConfirming(null)}
          fallbackFocus={listRef}
        >
          <p>{t("confirmBody")}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
