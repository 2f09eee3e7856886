"use client";
import Link from "next/link";
import { useTranslations } from "@/lib/i18n/use-translations";
import { useState } from "react";
import { chooseCookiesAction } from "@/lib/cookies/actions";
import type { CookieChoice } from "@/lib/cookies/choice";
import { GpcConfirmDialog } from "@/components/privacy/gpc-confirm-dialog";
import { Button } from "@/components/ui/button";

type Props = {
  gpc: boolean;
  // The banner offers quick answers first; the settings page opens straight at the checkboxes.
  mode: "banner" | "settings";
  current: CookieChoice | null;
  previous?: string;
  onSaved?: () => void;
};

type Wish = { analytics: boolean; advertising: boolean };

export function CookieChoices({ gpc, mode, current, previous, onSaved }: Props) {
  const t = useTranslations("cookies");
  const tp = useTranslations("privacy");
  const [open, setOpen] = useState(mode === "settings");
  const [wish, setWish] = useState<Wish>({
    analytics: current?.analytics ?? false,
    advertising: current?.advertising ?? false,
  });
  const [askGpc, setAskGpc] = useState<Wish | null>(null);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function save(choice: Wish, confirmGpcOverride = false) {
    // Turning advertising on against Global Privacy Control is confirmed first, and recorded as such.
    if (gpc && choice.advertising && !confirmGpcOverride) return setAskGpc(choice);
    setPending(true);
    const result = await chooseCookiesAction({
      ...choice,
      ...(confirmGpcOverride ? { confirmGpcOverride } : {}),
      previous,
    });
    setPending(false);
    if (result.ok) {
      setSaved(true);
      setError(null);
      onSaved?.();
    } else setError(result.error.message);
  }

  return (
    <div className="flex flex-col gap-3">
      {mode === "banner" ? (
        <p className="text-sm">
          {t("text")}{" "}
          <Link href="/policy" className="text-brand-700 underline underline-offset-2">
            {t("policyLink")}
          </Link>
        </p>
      ) : null}
      {gpc ? (
        <p className="text-sm">
          <span className="mr-2 rounded bg-indigo-100 px-2 py-0.5 text-xs font-medium text-indigo-900">
            {tp("gpcBadge")}
          </span>
          {t("gpc")}
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
      {saved ? (
        <p role="status" className="text-sm text-green-800">
          {t("saved")}
        </p>
      ) : null}
      {open ? (
        <fieldset className="flex flex-col gap-2">
          <legend className="sr-only">{t("bannerLabel")}</legend>
          <p className="text-sm">{t("necessary")}</p>
          {(["analytics", "advertising"] as const).map((kind) => (
            <label key={kind} className="flex min-h-11 items-center gap-2">
              <input
                type="checkbox"
                className="h-5 w-5"
                checked={wish[kind]}
                onChange={(e) => setWish({ ...wish, [kind]: e.target.checked })}
              />
              {t(kind)}
            </label>
          ))}
          <div>
            <Button variant="secondary" pending={pending} onClick={() => save(wish)}>
              {t("saveChoice")}
            </Button>
          </div>
        </fieldset>
      ) : (
        <div className="flex flex-wrap gap-2">
          <Button pending={pending} onClick={() => save({ analytics: true, advertising: !gpc })}>
            {gpc ? t("acceptAllGpc") : t("acceptAll")}
          </Button>
          <Button variant="secondary" onClick={() => save({ analytics: false, advertising: false })}>
            {t("necessaryOnly")}
          </Button>
          <Button variant="secondary" onClick={() => setOpen(true)}>
            {t("choose")}
          </Button>
        </div>
      )}
      {askGpc ? (
        <GpcConfirmDialog
          label={t("advertising")}
          onCancel={() => setAskGpc(null)}
          onConfirm={() => {
            const choice = askGpc;
            setAskGpc(null);
            void save(choice, true);
          }}
        />
      ) : null}
    </div>
  );
}
