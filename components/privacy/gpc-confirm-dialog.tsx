"use client";
import { useTranslations } from "@/lib/i18n/use-translations";
import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";

type Props = { label: string; onConfirm: () => void; onCancel: () => void };

// Overriding the browser's Global Privacy Control is a deliberate act: it is asked for, not assumed.
export function GpcConfirmDialog({ label, onConfirm, onCancel }: Props) {
  const t = useTranslations("privacy.gpcConfirm");
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      aria-labelledby="gpc-confirm-title"
      aria-describedby="gpc-confirm-body"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
      className="m-auto w-full max-w-md rounded-lg p-0 shadow-xl backdrop:bg-slate-900/50"
    >
      <div className="flex flex-col gap-4 p-5">
        <h2 id="gpc-confirm-title" className="text-lg font-semibold">
          {t("title")}
        </h2>
        <p id="gpc-confirm-body" className="text-slate-800">
          {t("body", { label })}
        </p>
        <div className="flex flex-wrap justify-end gap-2">
          <Button type="button" variant="secondary" onClick={onCancel} autoFocus>
            {t("cancel")}
          </Button>
          <Button type="button" onClick={onConfirm}>
            {t("confirm")}
          </Button>
        </div>
      </div>
    </dialog>
  );
}
