"use client";
import { useTranslations } from "@/lib/i18n/use-translations";
import { useState } from "react";
import { verifyAuditAction } from "@/lib/audit/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

export function AuditVerifier() {
  const t = useTranslations("officer");
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<Awaited<ReturnType<typeof verifyAuditAction>> | null>(null);
  return (
    <div className="flex flex-col gap-3">
      <div>
        <Button
          pending={busy}
          onClick={async () => {
            setBusy(true);
            setResult(await verifyAuditAction({}));
            setBusy(false);
          }}
        >
          {t("verify")}
        </Button>
      </div>
      {result === null ? null : !result.ok ? (
        <Alert tone="error">{result.error.message}</Alert>
      ) : result.data.ok ? (
        <Alert tone="success">{t("intact", { count: result.data.checked })}</Alert>
      ) : (
        <Alert tone="error">{t("broken", { id: result.data.brokenAt, checked: result.data.checked })}</Alert>
      )}
    </div>
  );
}
