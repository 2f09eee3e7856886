"use client";
import { useQuery } from "@tanstack/react-query";
import { useLocale } from "next-intl";
import { useTranslations } from "@/lib/i18n/use-translations";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { useRef, useState } from "react";
import { queryKeys } from "@/lib/query-keys";
import type { LoginsView, LoginView } from "@/lib/logins/queries";
import { loginsListAction, unbindLoginAction } from "@/lib/logins/actions";
import { StepUpDialog } from "@/components/auth/step-up-dialog";
import { useStepUp } from "@/components/auth/use-step-up";
import { knownName } from "@/components/ui/known-name";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { unwrap } from "@/components/ui/unwrap";
import { useOptimisticRemoval } from "@/components/ui/use-optimistic-removal";

type Props = { subjectId: string; initial: LoginsView; canUnbind: boolean };

export function LoginsList({ subjectId, initial, canUnbind }: Props) {
  const t = useTranslations("logins");
  const locale = useLocale() as Locale;
  const key = queryKeys.logins(subjectId);
  const listRef = useRef<HTMLUListElement>(null);
  const names = useRef(new Map<string, string>());
  const [confirming, setConfirming] = useState<LoginView | null>(null);
  const [notice, setNotice] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const { run, dialogProps } = useStepUp();
  const { data = initial } = useQuery({
    queryKey: key,
    queryFn: async () => unwrap(await loginsListAction({})),
    initialData: initial,
  });
  const provider = (l: LoginView) => knownName(t, "providers", l.provider);

  const unbind = useOptimisticRemoval<LoginsView>({
    key,
    // Unbinding changes how the account signs in: a stale sign-in is asked for the password, then retried.
    call: (id) => run(() => unbindLoginAction({ id })),
    without: (old, id) => ({ ...old, logins: old.logins.filter((l) => l.id !== id) }),
    onRemoved: (id) => setNotice({ tone: "success", text: t("unbound", { provider: names.current.get(id) ?? "" }) }),
    onFailed: (message) => setNotice({ tone: "error", text: message }),
  });

  // Without a password, the only linked login is the only way in: say so instead of offering to unbind it.
  const lastWay = !data.hasPassword && data.logins.length === 1;

  return (
    <div className="flex flex-col gap-3">
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      {data.logins.length === 0 ? <p>{t("none")}</p> : null}
      <ul ref={listRef} tabIndex={-1} className="flex flex-col gap-2" aria-label={t("title")}>
        {data.logins.map((l) => (
          <li
            key={l.id}
            className="flex flex-wrap items-center justify-between gap-3 rounded border border-slate-200 p-3"
          >
            <div className="min-w-0">
              <p className="font-medium">
                {provider(l)}
                {l.name ? <span className="font-normal text-slate-700"> · {l.name}</span> : null}
              </p>
              <p className="text-sm text-slate-700">
                {t("linkedOn", { date: formatDate(locale, new Date(l.linkedAt)) })}
              </p>
            </div>
            {canUnbind && !lastWay ? (
              <Button
                variant="secondary"
                onClick={() => setConfirming(l)}
                aria-label={t("unbindOne", { provider: provider(l) })}
              >
                {t("unbind")}
              </Button>
            ) : null}
            {canUnbind && lastWay ? <p className="w-full text-sm text-amber-900">{t("lastWay")}</p> : null}
          </li>
        ))}
      </ul>
      {data.logins.length > 0 && data.hasPassword ? (
        <p className="text-sm text-slate-700">{t("passwordStays")}</p>
      ) : null}
      {confirming ? (
        <ConfirmDialog
          title={t("confirmTitle", { provider: provider(confirming) })}
          confirmLabel={t("confirmUnbind")}
          cancelLabel={t("keep")}
          onConfirm={() => {
            names.current.set(confirming.id, provider(confirming));
            setNotice(null);
            unbind.mutate(confirming.id);
            setConfirming(null);
          }}
          onCancel={() => setConfirming(null)}
          fallbackFocus={listRef}
        >
          <p>{t("confirmBody", { provider: provider(confirming) })}</p>
        </ConfirmDialog>
      ) : null}
      {dialogProps.open ? <StepUpDialog {...dialogProps} /> : null}
    </div>
  );
}
