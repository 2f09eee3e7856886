"use client";
import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "@/lib/i18n/use-translations";
import { useState } from "react";
import type { InterestTagView } from "@/lib/collection/queries";
import { deleteInterestTagAction } from "@/lib/collection/actions";
import { Button } from "@/components/ui/button";
import { unwrap } from "@/components/ui/unwrap";

// Each inferred tag can be deleted; it disappears at once and comes back if the server refuses.
export function InterestTags({ initial, canDelete }: { initial: InterestTagView[]; canDelete: boolean }) {
  const t = useTranslations("privacy");
  const [tags, setTags] = useState(initial);
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const remove = useMutation({
    mutationFn: async (tag: InterestTagView) => unwrap(await deleteInterestTagAction({ id: tag.id })),
    onMutate: (tag) => {
      const previous = tags;
      setTags((list) => list.filter((x) => x.id !== tag.id));
      return { previous };
    },
    onSuccess: (_data, tag) => setMessage({ tone: "ok", text: t("tagDeleted", { tag: tag.tag }) }),
    onError: (error, _tag, context) => {
      if (context) setTags(context.previous);
      setMessage({ tone: "error", text: error.message });
    },
  });
  return (
    <section aria-labelledby="interest-tags" className="mt-4">
      <h3 id="interest-tags" className="font-medium">
        {t("tagsTitle")}
      </h3>
      <p className="text-sm text-slate-700">{t("tagsIntro")}</p>
      {tags.length === 0 ? <p className="mt-2 text-sm">{t("tagsNone")}</p> : null}
      <ul className="mt-2 flex flex-wrap gap-2" aria-label={t("tagsTitle")}>
        {tags.map((tag) => (
          <li
            key={tag.id}
            className="flex items-center gap-1 rounded-full border border-slate-300 bg-white py-1 pl-3 pr-1"
          >
            <span>{tag.tag}</span>
            {canDelete ? (
              <Button
                variant="secondary"
                aria-label={t("deleteTag", { tag: tag.tag })}
                onClick={() => remove.mutate(tag)}
              >
                {t("delete")}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      {message ? (
        <p
          role={message.tone === "error" ? "alert" : "status"}
          className={`mt-2 text-sm ${message.tone === "error" ? "text-red-700" : "text-green-800"}`}
        >
          {message.text}
        </p>
      ) : null}
    </section>
  );
}
