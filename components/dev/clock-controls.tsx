"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "@/lib/i18n/use-translations";
import { useState } from "react";
import { advanceTestClockAction, runJobsNowAction } from "@/lib/jobs/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";

export function ClockControls() {
  const t = useTranslations("devClock");
  const router = useRouter();
  const [notice, setNotice] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [fieldErrors, setFieldErrors] = useState<string[] | undefined>();
  const [busy, setBusy] = useState(false);

  async function advance(form: FormData) {
    setBusy(true);
    const result = await advanceTestClockAction(form);
    setBusy(false);
    setFieldErrors(result.ok ? undefined : result.error.fields?.days);
    setNotice(result.ok ? { tone: "success", text: t("advanced") } : { tone: "error", text: result.error.message });
    router.refresh();
  }

  async function run() {
    setBusy(true);
    const result = await runJobsNowAction({});
    setBusy(false);
    setNotice(
      result.ok ? { tone: "success", text: t("ran", result.data) } : { tone: "error", text: result.error.message },
    );
    router.refresh();
  }

  return (
    <div className="flex flex-col gap-4">
      {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
      <form action={advance} className="flex flex-wrap items-end gap-3">
        <TextField name="days" label={t("days")} type="number" min={1} defaultValue="1" errors={fieldErrors} />
        <Button type="submit" pending={busy}>
          {t("advance")}
        </Button>
      </form>
      <div>
        <Button variant="secondary" onClick={run} pending={busy}>
          {t("run")}
        </Button>
      </div>
    </div>
  );
}
