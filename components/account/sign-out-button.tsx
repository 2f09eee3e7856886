"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "@/lib/i18n/use-translations";
import { useState } from "react";
import { signOutAction } from "@/lib/auth/actions";
import { Button } from "@/components/ui/button";

export function SignOutButton() {
  const t = useTranslations("auth");
  const router = useRouter();
  const [pending, setPending] = useState(false);
  return (
    <Button
      variant="secondary"
      pending={pending}
      onClick={async () => {
        setPending(true);
        const result = await signOutAction({});
        // Even if the row was already revoked elsewhere, the person ends up signed out here.
        router.replace(result.ok ? result.data.next : "/sign-in");
        router.refresh();
      }}
    >
      {t("signOut")}
    </Button>
  );
}
