"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "@/lib/i18n/use-translations";
import { useState } from "react";
import { withdrawCancellationAction } from "@/lib/cancellation/actions";
import { Button } from "@/components/ui/button";

export function WithdrawCancellationButton() {
  const t = useTranslations("cancellation.pending");
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="flex flex-col gap-2">
      <div>
        <Button
          variant="secondary"
          pending={busy}
          onClick={async () => {
            setBusy(true);
            const result = await withdrawCancellationAction({});
            setBusy(false);
            if (result.ok) router.push("/account/cancel?withdrawn=1");
            else setError(result.error.message);
            router.refresh();
          }}
        >
          {t("withdraw")}
        </Button>
      </div>
      {error ? (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
