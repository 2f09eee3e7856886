"use client";
import { useTranslations } from "@/lib/i18n/use-translations";
import { useEffect, useRef, useState } from "react";

type Answer = { recorded: boolean; reason: string };

// Reports the product view to the storefront's event endpoint once, and says what became of it.
export function BrowsingBeacon({ productId }: { productId: string }) {
  const t = useTranslations("shop");
  const sent = useRef(false);
  const [answer, setAnswer] = useState<Answer | null>(null);
  useEffect(() => {
    if (sent.current) return;
    sent.current = true;
    fetch("/api/shop/events", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ productId }),
      keepalive: true,
    })
      .then((r) => (r.ok ? (r.json() as Promise<Answer>) : null))
      .then(setAnswer)
      .catch(() => setAnswer(null));
  }, [productId]);
  // The status region is there from the start, so the answer is announced when it arrives.
  return (
    <p role="status" className="text-sm text-slate-700" data-testid="browsing-recording">
      {answer
        ? answer.recorded
          ? t("viewRecorded")
          : answer.reason === "anonymous"
            ? t("viewAnonymous")
            : t("viewDropped")
        : null}
    </p>
  );
}
