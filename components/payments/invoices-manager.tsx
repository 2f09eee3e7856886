"use client";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "@/lib/i18n/use-translations";
import { useRef, useState } from "react";
import { queryKeys } from "@/lib/query-keys";
import type { InvoiceView } from "@/lib/invoices/queries";
import { deleteInvoiceAction, invoicesListAction } from "@/lib/invoices/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { unwrap } from "@/components/ui/unwrap";
import { useOptimisticRemoval } from "@/components/ui/use-optimistic-removal";
import { InvoiceForm } from "./invoice-form";

type Props = { subjectId: string; initial: InvoiceView[]; canManage: boolean; max: number };

export function InvoicesManager({ subjectId, initial, canManage, max }: Props) {
  const t = useTranslations("invoices");
  const client = useQueryClient();
  const key = queryKeys.invoices(subjectId);
  const listRef = useRef<HTMLUListElement>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<InvoiceView | null>(null);
  const [notice, setNotice] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const { data: list = initial } = useQuery({
    queryKey: key,
    queryFn: async () => unwrap(await invoicesListAction({})),
    initialData: initial,
  });

  const remove = useOptimisticRemoval<InvoiceView[]>({
    key,
    call: (id) => deleteInvoiceAction({ id }),
    without: (old, id) => old.filter((i) => i.id !== id),
    onRemoved: () => setNotice({ tone: "success", text: t("deleted") }),
    onFailed: (message) => setNotice({ tone: "error", text: message }),
  });

  const saved = (fresh: InvoiceView[]) => {
    client.setQueryData(key, fresh);
    setEditing(null);
    setNotice({ tone: "success", text: t("saved") });
  };

  return (
    <div className="flex flex-col gap-3">
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      {list.length === 0 ? <p>{t("none")}</p> : null}
      <ul ref={listRef} tabIndex={-1} className="flex flex-col gap-2" aria-label={t("listTitle")}>
        {list.map((i) => (
          <li key={i.id} className="rounded-lg border border-slate-200 bg-white p-3">
            {editing === i.id ? (
              <InvoiceForm invoice={i} onSaved={saved} onCancel={() => setEditing(null)} />
            ) : (
              <div className="flex flex-wrap items-start justify-between gap-3">
                <div className="min-w-0">
                  <p className="font-medium break-words">{i.title}</p>
                  <p className="text-sm text-slate-700">
                    {t(`kinds.${i.kind}`)}
                    {i.taxpayerId ? (
                      <>
                        {" · "}
                        {t("taxpayerShort")} <span className="font-mono">{i.taxpayerId}</span>
                      </>
                    ) : null}
                  </p>
                </div>
                {canManage ? (
                  <div className="flex flex-wrap gap-2">
                    <Button
                      variant="secondary"
                      onClick={() => {
                        // The last confirmation is about another change: it must not stand beside this one.
                        setNotice(null);
                        setEditing(i.id);
                      }}
                      aria-label={t("editOne", { title: i.title })}
                    >
                      {t("edit")}
                    </Button>
                    <Button
                      variant="secondary"
                      onClick={() => setConfirming(i)}
                      aria-label={t("deleteOne", { title: i.title })}
                    >
                      {t("delete")}
                    </Button>
                  </div>
                ) : null}
              </div>
            )}
          </li>
        ))}
      </ul>
      {canManage && list.length < max ? (
        <section aria-labelledby="add-invoice" className="rounded-lg border border-slate-200 bg-white p-3">
          <h3 id="add-invoice" className="mb-3 font-semibold">
            {t("addTitle")}
          </h3>
          <InvoiceForm key={list.length} onSaved={saved} />
        </section>
      ) : null}
      {confirming ? (
        <ConfirmDialog
          title={t("confirmTitle", { title: confirming.title })}
          confirmLabel={t("confirmDelete")}
          cancelLabel={t("keep")}
          onConfirm={() => {
            setNotice(null);
            remove.mutate(confirming.id);
            setConfirming(null);
          }}
          onCancel={() => setConfirming(null)}
          fallbackFocus={listRef}
        >
          <p>{t("confirmBody")}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
