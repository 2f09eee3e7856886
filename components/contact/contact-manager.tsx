"use client";
import { useTranslations } from "@/lib/i18n/use-translations";
import { useState } from "react";
import type { ContactChannel } from "@/lib/db/schema/contact";
import type { ContactView } from "@/lib/contact/queries";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ContactChangeFlow } from "./contact-change-flow";

const channels: ContactChannel[] = ["email", "phone"];

export function ContactManager({ initial, canChange }: { initial: ContactView; canChange: boolean }) {
  const t = useTranslations("contact");
  const [values, setValues] = useState({ email: initial.email, phone: initial.phone });
  // A code still waiting to be typed reopens its form after a reload.
  const [open, setOpen] = useState<ContactChannel | null>(initial.pending[0]?.channel ?? null);
  const [done, setDone] = useState<string | null>(null);

  return (
    <div className="flex flex-col gap-4">
      {done ? <Alert tone="success">{done}</Alert> : null}
      <ul className="flex flex-col gap-3">
        {channels.map((channel) => {
          const current = values[channel];
          return (
            <li key={channel} className="flex flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4">
              <div className="flex flex-wrap items-center justify-between gap-2">
                <p className="flex flex-col">
                  <span className="font-medium">{t(channel)}</span>
                  <span data-testid={`${channel}-current`} className="break-all text-slate-800">
                    {current ?? t("notSet")}
                  </span>
                </p>
                {canChange && open !== channel ? (
                  <Button
                    variant="secondary"
                    aria-label={t(current ? "changeField" : "addField", { field: t(channel) })}
                    onClick={() => {
                      setOpen(channel);
                      setDone(null);
                    }}
                  >
                    {current ? t("change") : t("add")}
                  </Button>
                ) : null}
              </div>
              {open === channel ? (
                <ContactChangeFlow
                  channel={channel}
                  pending={initial.pending.find((p) => p.channel === channel) ?? null}
                  onCancel={() => setOpen(null)}
                  onChanged={({ value, told }) => {
                    setValues((v) => ({ ...v, [channel]: value }));
                    setOpen(null);
                    setDone(t("changed", { value, told: told ? "yes" : "no" }));
                  }}
                />
              ) : null}
            </li>
          );
        })}
      </ul>
      {canChange ? null : <p className="text-slate-700">{t("readOnly")}</p>}
    </div>
  );
}
