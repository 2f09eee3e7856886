"use client";
import { useTranslations } from "@/lib/i18n/use-translations";
import { useEffect, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { PasswordChangeForm } from "./password-change-form";

type Props = { subjectId: string; personal: string[] };

/**
 * The password form opens on request, as in most account consoles: the security page is mostly read (devices,
 * history), it stays short on a phone, and the form, its strength meter and its step-up are not rendered on every
 * view (they were about a seventh of the page's server time).
 */
export function PasswordChange({ subjectId, personal }: Props) {
  const t = useTranslations("password");
  const [open, setOpen] = useState(false);
  const closedByUser = useRef(false);

  // Focus goes into the form when it opens and back to the button when it is put away.
  useEffect(() => {
    if (open) document.getElementById("current-password")?.focus();
    else if (closedByUser.current) document.getElementById("password-open")?.focus();
  }, [open]);

  if (!open) {
    return (
      <Button id="password-open" variant="secondary" onClick={() => setOpen(true)}>
        {t("open")}
      </Button>
    );
  }
  return (
    <PasswordChangeForm
      subjectId={subjectId}
      personal={personal}
      onCancel={() => {
        closedByUser.current = true;
        setOpen(false);
      }}
    />
  );
}
