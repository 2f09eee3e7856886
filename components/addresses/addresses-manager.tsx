"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "@/lib/i18n/use-translations";
import { useState } from "react";
import { queryKeys } from "@/lib/query-keys";
import type { AddressView } from "@/lib/addresses/queries";
import { addressesListAction, deleteAddressAction, setDefaultAddressAction } from "@/lib/addresses/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { unwrap } from "@/components/ui/unwrap";
import { AddressForm } from "./address-form";

type Props = { subjectId: string; initial: AddressView[]; canManage: boolean };

export function AddressesManager({ subjectId, initial, canManage }: Props) {
  const t = useTranslations("addresses");
  const client = useQueryClient();
  const key = queryKeys.addresses(subjectId);
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const { data: list = initial } = useQuery({
    queryKey: key,
    queryFn: async () => unwrap(await addressesListAction({})),
    initialData: initial,
  });

  const report = (tone: "success" | "error", text: string) => setNotice({ tone, text });
  const remove = useAddressChange(
    key,
    deleteAddressAction,
    (old, id) => old.filter((a) => a.id !== id),
    t("deleted"),
    report,
  );
  const makeDefault = useAddressChange(
    key,
    setDefaultAddressAction,
    (old, id) => old.map((a) => ({ ...a, isDefault: a.id === id })),
    t("defaultSet"),
    report,
  );

  const saved = (fresh: AddressView[]) => {
    client.setQueryData(key, fresh);
    setEditing(null);
    setNotice({ tone: "success", text: t("saved") });
  };

  return (
    <div className="flex flex-col gap-4">
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      {list.length === 0 ? <p>{t("none")}</p> : null}
      <ul className="flex flex-col gap-3" aria-label={t("title")}>
        {list.map((a) => (
          <li key={a.id} className="rounded-lg border border-slate-200 bg-white p-4">
            {editing === a.id ? (
              <AddressForm address={a} onSaved={saved} onCancel={() => setEditing(null)} />
            ) : (
              <div className="flex flex-wrap items-start justify-between gap-3">
                <div>
                  <p className="font-medium">
                    {a.consignee} · {a.phone}{" "}
                    {a.isDefault ? (
                      <span className="rounded bg-brand-50 px-2 py-0.5 text-sm text-brand-700">{t("default")}</span>
                    ) : null}
                  </p>
                  <p className="text-slate-700">
                    {a.line1}, {a.city}, {a.region} {a.postcode}
                  </p>
                </div>
                {canManage ? (
                  <div className="flex flex-wrap gap-2">
                    <Button
                      variant="secondary"
                      onClick={() => {
                        // The last confirmation is about another change: it must not stand beside this one.
                        setNotice(null);
                        setEditing(a.id);
                      }}
                      aria-label={t("editOne", { line: a.line1 })}
                    >
                      {t("edit")}
                    </Button>
                    {a.isDefault ? null : (
                      <Button
                        variant="secondary"
                        onClick={() => makeDefault.mutate(a.id)}
                        aria-label={t("makeDefaultOne", { line: a.line1 })}
                      >
                        {t("setDefault")}
                      </Button>
                    )}
                    <Button
                      variant="danger"
                      onClick={() => remove.mutate(a.id)}
                      aria-label={t("deleteOne", { line: a.line1 })}
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
      {canManage ? (
        <section aria-labelledby="add-address" className="rounded-lg border border-slate-200 bg-white p-4">
          <h2 id="add-address" className="mb-3 text-lg font-semibold">
            {t("addTitle")}
          </h2>
          <AddressForm key={list.length} onSaved={saved} />
        </section>
      ) : null}
    </div>
  );
}

// Each change shows at once and is put back if the server refuses it.
function useAddressChange(
  key: readonly unknown[],
  call: typeof deleteAddressAction,
  apply: (old: AddressView[], id: string) => AddressView[],
  done: string,
  report: (tone: "success" | "error", text: string) => void,
) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => unwrap(await call({ id })),
    onMutate: async (id: string) => {
      await client.cancelQueries({ queryKey: key });
      const previous = client.getQueryData<AddressView[]>(key);
      client.setQueryData<AddressView[]>(key, (old = []) => apply(old, id));
      return { previous };
    },
    onError: (error, _id, context) => {
      client.setQueryData(key, context?.previous);
      report("error", error.message);
    },
    onSuccess: (fresh) => {
      client.setQueryData(key, fresh);
      report("success", done);
    },
  });
}
