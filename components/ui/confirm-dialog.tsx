"use client";
import { useEffect, useId, useRef, type ReactNode, type RefObject } from "react";
import { Button } from "./button";

type Props = {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  // Where focus goes afterwards when the button that opened the dialog is gone (the row was removed).
  fallbackFocus?: RefObject<HTMLElement | null>;
};

/**
 * A modal question before something that cannot be undone. Mount it only while it is open.
 * "Cancel" has the focus first, so Enter or Escape never removes anything by accident.
 */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  cancelLabel,
  onConfirm,
  onCancel,
  fallbackFocus,
}: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const bodyId = useId();
  const confirmed = useRef(false);

  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    const fallback = fallbackFocus?.current;
    return () => {
      dialog?.close();
      // Focus returns to the button that opened the dialog; after a confirmed removal that button is going
      // away with its row, so focus lands on a stable place nearby instead.
      const target = confirmed.current && fallback ? fallback : opener?.isConnected ? opener : fallback;
      setTimeout(() => target?.focus(), 0);
    };
  }, [fallbackFocus]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
      className="m-auto w-[calc(100%-2rem)] max-w-md rounded-lg p-0 shadow-xl backdrop:bg-slate-900/50"
    >
      <div className="flex flex-col gap-4 p-5">
        <h2 id={titleId} className="text-lg font-semibold">
          {title}
        </h2>
        <div id={bodyId} className="text-slate-700">
          {children}
        </div>
        <div className="flex flex-wrap justify-end gap-2">
          <Button type="button" variant="secondary" onClick={onCancel} autoFocus>
            {cancelLabel}
          </Button>
          <Button
            type="button"
            variant="danger"
            onClick={() => {
              confirmed.current = true;
              onConfirm();
            }}
          >
            {confirmLabel}
          </Button>
        </div>
      </div>
    </dialog>
  );
}
