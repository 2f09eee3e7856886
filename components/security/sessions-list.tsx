"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useLocale } from "next-intl";
import { useTranslations } from "@/lib/i18n/use-translations";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { useState } from "react";
import { queryKeys } from "@/lib/query-keys";
import type { SessionView } from "@/lib/security/queries";
import { revokeOtherSessionsAction, revokeSessionAction, sessionsListAction } from "@/lib/security/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { unwrap } from "@/components/ui/unwrap";

type Props = { subjectId: string; initial: SessionView[] };

export function SessionsList({ subjectId, initial }: Props) {
  const t = useTranslations("security");
  const locale = useLocale() as Locale;
  const client = useQueryClient();
  const key = queryKeys.sessions(subjectId);
  const [notice, setNotice] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const { data: list = initial } = useQuery({
    queryKey: key,
    queryFn: async () => unwrap(await sessionsListAction({})),
    initialData: initial,
  });

  // Removed from the list at once; put back if the server says no.
  const optimistic = (remove: (s: SessionView) => boolean) => async () => {
    await client.cancelQueries({ queryKey: key });
    const previous = client.getQueryData<SessionView[]>(key);
    client.setQueryData<SessionView[]>(key, (old = []) => old.filter((s) => !remove(s)));
    return { previous };
  };
  const handlers = {
    onError: (error: Error, _v: unknown, context: { previous?: SessionView[] } | undefined) => {
      client.setQueryData(key, context?.previous);
      setNotice({ tone: "error", text: error.message });
    },
    onSettled: () => client.invalidateQueries({ queryKey: key }),
  };
  const revokeOne = useMutation({
    mutationFn: async (sessionId: string) => unwrap(await revokeSessionAction({ sessionId })),
    onMutate: (sessionId: string) => optimistic((s) => s.id === sessionId)(),
    onSuccess: () => setNotice({ tone: "success", text: t("signedOutOne") }),
    ...handlers,
  });
  const revokeOthers = useMutation({
    mutationFn: async () => unwrap(await revokeOtherSessionsAction({})),
    onMutate: optimistic((s) => !s.current),
    onSuccess: (data) => setNotice({ tone: "success", text: t("signedOutOthers", { count: data.revoked }) }),
    ...handlers,
  });

  return (
    <div className="flex flex-col gap-3">
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      <ul className="flex flex-col gap-2" aria-label={t("sessionsTitle")}>
        {list.map((s) => (
          <li
            key={s.id}
            className="flex flex-wrap items-center justify-between gap-2 rounded border border-slate-200 px-3 py-2"
          >
            <div>
              <p className="font-medium">
                {s.device} · {s.browser}{" "}
                {s.current ? <span className="text-green-800">({t("thisDevice")})</span> : null}
              </p>
              <p className="text-sm text-slate-700">
                {t("sessionMeta", {
                  ip: s.ip ?? "-",
                  lastSeen: formatDate(locale, new Date(s.lastSeenAt), "dateTime"),
                })}
              </p>
            </div>
            {s.current ? null : (
              <Button
                variant="secondary"
                onClick={() => revokeOne.mutate(s.id)}
                aria-label={t("signOutSession", { device: `${s.device} ${s.browser}` })}
              >
                {t("signOut")}
              </Button>
            )}
          </li>
        ))}
      </ul>
      {list.some((s) => !s.current) ? (
        <Button variant="danger" pending={revokeOthers.isPending} onClick={() => revokeOthers.mutate()}>
          {t("signOutOthers")}
        </Button>
      ) : null}
    </div>
  );
}
