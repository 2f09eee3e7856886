import "server-only";
import { eq } from "drizzle-orm";
import type { Tx } from "@/lib/db/types";
import { notifications, users } from "@/lib/db/schema";
import { isLocale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import { translator } from "@/lib/i18n/translator";

type Change = { requestId: string; type: string; status: string; dueAt?: Date; note?: string | null };

/**
 * Tells the person whose request it is what changed, in their own language, in the same transaction as the
 * change: a status change is never recorded without its notice.
 */
export async function notifyChange(tx: Tx, subjectId: string, change: Change, kind: "status" | "reply") {
  const [user] = await tx.select({ locale: users.locale }).from(users).where(eq(users.id, subjectId));
  const locale = isLocale(user?.locale) ? user.locale : "en";
  const t = translator(locale);
  const type = t(`account.requestTypes.${change.type}`);
  const title =
    kind === "reply"
      ? t("requests.notice.replyTitle", { type })
      : t("requests.notice.title", { type, status: t(`account.requestStatus.${change.status}`) });
  const body =
    kind === "reply"
      ? t("requests.notice.reply")
      : t(`requests.notice.${change.status}`, {
          due: change.dueAt ? formatDate(locale, change.dueAt, "long") : "",
          reason: change.note ?? "",
        });
  await tx.insert(notifications).values({
    userId: subjectId,
    kind: "request",
    title,
    body,
    data: { requestId: change.requestId, status: change.status },
  });
}
