"use client";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "@/lib/i18n/use-translations";
import { useEffect, useRef, useState } from "react";
import type { Condition } from "@/lib/cancellation/checklist";
import type { LoginsView } from "@/lib/logins/queries";
import { acceptForfeitAction, cancellationChecklistAction, unbindStoreAction } from "@/lib/cancellation/actions";
import { queryKeys } from "@/lib/query-keys";
import { LoginsList } from "@/components/security/logins-list";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { unwrap } from "@/components/ui/unwrap";

type Props = { subjectId: string; initial: Condition[]; logins: LoginsView; canResolve: boolean };

/** The eight conditions, live: resolving one in place re-evaluates all of them on the server. */
export function CancellationChecklist({ subjectId, initial, logins, canResolve }: Props) {
  const t = useTranslations("cancellation.checklist");
  const client = useQueryClient();
  const key = queryKeys.cancellation(subjectId);
  const [notice, setNotice] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const { data: conditions = initial } = useQuery({
    queryKey: key,
    queryFn: async () => unwrap(await cancellationChecklistAction({})).conditions,
    initialData: initial,
  });
  // Unbinding a login happens in the logins list; the checklist follows it.
  const loginCount = useQuery<LoginsView>({ queryKey: queryKeys.logins(subjectId), enabled: false }).data?.logins
    .length;
  const seenLogins = useRef(loginCount);
  useEffect(() => {
    if (loginCount === undefined || seenLogins.current === undefined) seenLogins.current = loginCount;
    else if (loginCount !== seenLogins.current) {
      seenLogins.current = loginCount;
      void client.invalidateQueries({ queryKey: key });
    }
  }, [loginCount, client, key]);

  async function resolve(id: string, call: () => ReturnType<typeof acceptForfeitAction>, success: string) {
    setBusy(id);
    const result = await call();
    setBusy(null);
    if (result.ok) {
      client.setQueryData(key, result.data);
      setNotice({ tone: "success", text: success });
    } else setNotice({ tone: "error", text: result.error.message });
  }

  const unmet = conditions.filter((c) => !c.met).length;
  return (
    <div className="flex flex-col gap-3">
      <p className="font-medium" role="status">
        {unmet === 0 ? t("summaryMet") : t("summaryUnmet", { count: unmet })}
      </p>
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      <ol className="flex flex-col gap-2">
        {conditions.map((c) => (
          <li
            key={c.key}
            data-testid={`condition-${c.key}`}
            data-met={c.met}
            className={`rounded border p-3 ${c.met ? "border-green-200" : "border-red-300 bg-red-50/40"}`}
          >
            <p className="flex flex-wrap items-center justify-between gap-2 font-medium">
              <span>{t(`conditions.${c.key}.title`)}</span>
              <span
                className={`rounded px-2 py-0.5 text-sm ${c.met ? "bg-green-100 text-green-900" : "bg-red-100 text-red-900"}`}
              >
                {c.met ? t("met") : t("unmet")}
              </span>
            </p>
            <p className="mt-1 text-sm text-slate-700">{describe(c)}</p>
            {c.items.length && c.key !== "logins" && c.key !== "stores" ? (
              <ul className="mt-1 list-disc pl-5 text-sm">
                {c.items.map((i) => (
                  <li key={i.id}>{i.label}</li>
                ))}
              </ul>
            ) : null}
            {!c.met && canResolve ? (
              <div className="mt-2 flex flex-wrap gap-2">
                {c.resolution === "acceptForfeit" ? (
                  <Button
                    variant="secondary"
                    pending={busy === c.key}
                    onClick={() => resolve(c.key, () => acceptForfeitAction({}), t("forfeitAccepted"))}
                  >
                    {t("conditions.assets.resolve")}
                  </Button>
                ) : null}
                {c.resolution === "unbindStore"
                  ? c.items.map((s) => (
                      <Button
                        key={s.id}
                        variant="secondary"
                        pending={busy === s.id}
                        onClick={() =>
                          resolve(
                            s.id,
                            () => unbindStoreAction({ storeId: s.id }),
                            t("storeUnbound", { name: s.label }),
                          )
                        }
                      >
                        {t("conditions.stores.resolve", { name: s.label })}
                      </Button>
                    ))
                  : null}
                {c.resolution === "contactSupport" ? <p className="text-sm">{t("contactSupport")}</p> : null}
              </div>
            ) : null}
            {c.key === "logins" && !c.met ? (
              <div className="mt-2">
                <LoginsList subjectId={subjectId} initial={logins} canUnbind={canResolve} />
              </div>
            ) : null}
          </li>
        ))}
      </ol>
    </div>
  );

  function describe(c: Condition) {
    if (c.met) return t(`conditions.${c.key}.ok`);
    if (c.key === "assets" && c.resolution === "contactSupport") return t("conditions.assets.failOwed", c.params);
    if (c.key === "paymentAccount") return t("conditions.paymentAccount.fail", { provider: c.items[0]?.label ?? "" });
    return t(`conditions.${c.key}.fail`, c.params);
  }
}
