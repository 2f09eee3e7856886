"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "@/lib/i18n/use-translations";
import { useState } from "react";
import { acknowledgePolicyAction } from "@/lib/policy/actions";
import { Button } from "@/components/ui/button";

export function PolicyBannerView({ version, summary }: { version: string; summary: string }) {
  const t = useTranslations("policyBanner");
  const router = useRouter();
  const [state, setState] = useState<"open" | "pending" | "done">("open");
  const [error, setError] = useState<string | null>(null);

  async function acknowledge() {
    setState("pending");
    const result = await acknowledgePolicyAction({ version });
    if (result.ok) {
      setState("done");
      return;
    }
    setState("open");
    setError(result.error.message);
    // A newer version was published meanwhile: show that one instead.
    if (result.error.code === "conflict") router.refresh();
  }

  if (state === "done") {
    return (
      <p role="status" className="mb-4 rounded-md border border-green-300 bg-green-50 p-3 text-green-900">
        {t("acknowledged")}
      </p>
    );
  }
  return (
    <section
      aria-label={t("label")}
      className="mb-4 flex flex-col gap-2 rounded-md border-2 border-amber-400 bg-amber-50 p-4 text-amber-950"
    >
      <p className="font-medium">{t("text", { version, summary })}</p>
      {error ? (
        <p role="alert" className="text-sm text-red-800">
          {error}
        </p>
      ) : null}
      <div className="flex flex-wrap items-center gap-3">
        <Link href={`/policy/versions/${version}`} className="text-brand-700 underline underline-offset-2">
          {t("read")}
        </Link>
        <Button onClick={acknowledge} pending={state === "pending"}>
          {t("acknowledge", { version })}
        </Button>
      </div>
    </section>
  );
}
