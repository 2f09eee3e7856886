"use client";
import { useTranslations } from "@/lib/i18n/use-translations";
import { useState } from "react";
import type { ActionResult } from "@/lib/access/errors";
import type { ContactChannel } from "@/lib/db/schema/contact";
import type { PendingChange } from "@/lib/contact/queries";
import { confirmContactChangeAction, requestContactChangeAction, resendContactCodeAction } from "@/lib/contact/actions";
import { StepUpDialog } from "@/components/auth/step-up-dialog";
import { useStepUpForm } from "@/components/auth/use-step-up-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { useCountdown } from "./use-countdown";

type Challenge = Pick<PendingChange, "challengeId" | "sentTo" | "validMinutes" | "resendAt">;
type Props = {
  channel: ContactChannel;
  pending: PendingChange | null;
  onCancel: () => void;
  onChanged: (result: { value: string; told: boolean }) => void;
};

const secondsFromNow = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString();

// Step one: the new address. Step two: the code sent to it, with a resend that counts down.
export function ContactChangeFlow({ channel, pending, onCancel, onChanged }: Props) {
  const t = useTranslations("contact");
  const [challenge, setChallenge] = useState<Challenge | null>(pending);
  const request = useStepUpForm(requestContactChangeAction);
  const confirm = useStepUpForm(confirmContactChangeAction);
  const resend = useStepUpForm(resendContactCodeAction);
  const wait = useCountdown(challenge?.resendAt ?? null);
  const id = `contact-${channel}`;

  async function ask(form: FormData) {
    const result = await request.submit(form);
    if (result.ok) setChallenge(result.data);
  }

  async function check(form: FormData) {
    const result = await confirm.submit(form);
    if (result.ok) onChanged(result.data);
  }

  async function sendAgain() {
    if (!challenge) return;
    const form = new FormData();
    form.set("challengeId", challenge.challengeId);
    const result = await resend.submit(form);
    if (result.ok) {
      confirm.setResult(null);
      setChallenge({ ...challenge, validMinutes: result.data.validMinutes, resendAt: result.data.resendAt });
    } else {
      const retry = (result.error.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
      if (retry) setChallenge({ ...challenge, resendAt: secondsFromNow(retry) });
    }
  }

  // Messages that belong to no field (a cancelled password confirmation, a fault on our side).
  const formError = (r: ActionResult<unknown> | null) => (r && !r.ok && !r.error.fields ? r.error.message : null);
  const stepUp = [request, confirm, resend].find((f) => f.stepUp.open)?.stepUp;

  return (
    <div className="flex flex-col gap-3 border-t border-slate-200 pt-3">
      {challenge === null ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void ask(new FormData(e.currentTarget));
          }}
          className="flex flex-col gap-3"
          noValidate
        >
          <input type="hidden" name="channel" value={channel} />
          <TextField
            id={`${id}-value`}
            label={t(channel === "email" ? "newEmail" : "newPhone")}
            name="value"
            type={channel === "email" ? "email" : "tel"}
            autoComplete={channel === "email" ? "email" : "tel"}
            inputMode={channel === "email" ? "email" : "tel"}
            hint={channel === "phone" ? t("newPhoneHint") : undefined}
            maxLength={254}
            required
            autoFocus
            errors={request.fieldErrors.value ?? request.fieldErrors.channel}
          />
          {formError(request.result) ? <Alert tone="error">{formError(request.result)}</Alert> : null}
          <div className="flex flex-wrap gap-2">
            <Button type="submit" pending={request.pending}>
              {t("sendCode")}
            </Button>
            <Button type="button" variant="secondary" onClick={onCancel}>
              {t("cancel")}
            </Button>
          </div>
        </form>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void check(new FormData(e.currentTarget));
          }}
          className="flex flex-col gap-3"
          noValidate
        >
          <p role="status" className="text-slate-800">
            {t("codeSentTo", { to: challenge.sentTo, minutes: challenge.validMinutes })}
          </p>
          <input type="hidden" name="challengeId" value={challenge.challengeId} />
          <TextField
            id={`${id}-code`}
            label={t("code")}
            name="code"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            required
            autoFocus
            hint={t("codeHint")}
            className="max-w-48"
            errors={confirm.fieldErrors.code ?? confirm.fieldErrors.challengeId}
          />
          {formError(confirm.result) ? <Alert tone="error">{formError(confirm.result)}</Alert> : null}
          <div className="flex flex-wrap gap-2">
            <Button type="submit" pending={confirm.pending}>
              {t("confirm")}
            </Button>
            <Button
              type="button"
              variant="secondary"
              onClick={() => void sendAgain()}
              disabled={wait > 0}
              pending={resend.pending}
              aria-describedby={resend.result ? `${id}-resend` : undefined}
            >
              {wait > 0 ? t("resendIn", { seconds: wait }) : t("resend")}
            </Button>
            <Button type="button" variant="secondary" onClick={onCancel}>
              {t("cancel")}
            </Button>
          </div>
          {resend.result ? (
            <p
              id={`${id}-resend`}
              role={resend.result.ok ? "status" : "alert"}
              className={`text-sm ${resend.result.ok ? "text-green-800" : "text-red-700"}`}
            >
              {resend.result.ok
                ? t("resent")
                : (resend.result.error.fields?.resend ?? [resend.result.error.message]).join(" ")}
            </p>
          ) : null}
        </form>
      )}
      {stepUp?.open ? <StepUpDialog {...stepUp} /> : null}
    </div>
  );
}
