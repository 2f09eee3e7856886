"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "@/lib/i18n/use-translations";
import { useState } from "react";
import { queryKeys } from "@/lib/query-keys";
import { replyToRequestAction, requestsListAction, withdrawRequestAction } from "@/lib/requests/actions";
import type { RequestView } from "@/lib/requests/queries";
import { Alert } from "@/components/ui/alert";
import { unwrap } from "@/components/ui/unwrap";
import { RequestCard } from "./request-card";
import { RequestForm } from "./request-form";

type Props = {
  subjectId: string;
  initial: RequestView[];
  types: readonly string[];
  viewerIsHolder: boolean;
  can: { file: boolean; withdraw: boolean; reply: boolean };
};

/** The person's requests, kept fresh with TanStack Query; withdrawing shows at once and is undone on refusal. */
export function RequestsTracker({ subjectId, initial, types, viewerIsHolder, can }: Props) {
  const t = useTranslations("requests");
  const client = useQueryClient();
  const key = queryKeys.requests(subjectId);
  const [notice, setNotice] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const { data: list = initial } = useQuery({
    queryKey: key,
    queryFn: async () => unwrap(await requestsListAction({})),
    initialData: initial,
  });

  const withdraw = useMutation({
    mutationFn: async (id: string) => unwrap(await withdrawRequestAction({ id })),
    onMutate: async (id: string) => {
      await client.cancelQueries({ queryKey: key });
      const previous = client.getQueryData<RequestView[]>(key);
      client.setQueryData<RequestView[]>(key, (old = []) =>
        old.map((r) => (r.id === id ? { ...r, status: "withdrawn" } : r)),
      );
      return { previous };
    },
    onError: (error, _id, context) => {
      client.setQueryData(key, context?.previous);
      setNotice({ tone: "error", text: error.message });
    },
    onSuccess: (fresh) => {
      client.setQueryData(key, fresh);
      setNotice({ tone: "success", text: t("withdrawn") });
    },
  });

  // Field errors come back for the form to show; anything else is reported above the list.
  const reply = async (id: string, note: string): Promise<string[] | null> => {
    const result = await replyToRequestAction({ id, note });
    if (result.ok) {
      client.setQueryData(key, result.data);
      setNotice({ tone: "success", text: t("replied") });
      return null;
    }
    if (result.error.fields?.note) return result.error.fields.note;
    setNotice({ tone: "error", text: result.error.message });
    return [];
  };

  return (
    <div className="flex flex-col gap-6">
      {can.file ? (
        <section aria-labelledby="file-request" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="file-request" className="mb-3 text-lg font-semibold">
            {t("fileTitle")}
          </h2>
          <RequestForm types={types} onFiled={(fresh) => client.setQueryData(key, fresh)} />
        </section>
      ) : null}
      <section aria-labelledby="request-list" className="flex flex-col gap-3">
        <h2 id="request-list" className="text-lg font-semibold">
          {t("listTitle")}
        </h2>
        {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
        {list.length === 0 ? <p className="text-slate-700">{t("none")}</p> : null}
        <ul className="flex flex-col gap-3">
          {list.map((r) => (
            <RequestCard
              key={r.id}
              request={r}
              viewerIsHolder={viewerIsHolder}
              canWithdraw={can.withdraw}
              canReply={can.reply}
              onWithdraw={(id) => withdraw.mutate(id)}
              onReply={reply}
            />
          ))}
        </ul>
      </section>
    </div>
  );
}
