import { getTranslations } from "@/lib/i18n/get-translations";
import { pageAccess } from "@/lib/access/page";
import { allows } from "@/lib/access/resolver";
import { getDb } from "@/lib/db/client";
import { listNotices } from "@/lib/notices/queries";
import { NoticesList } from "@/components/notices/notices-list";
import { PageMessages } from "@/components/layout/page-messages";

export async function generateMetadata() {
  const t = await getTranslations("notices");
  return { title: t("title") };
}

export default async function NoticesPage() {
  const access = await pageAccess("notices.view", "/account/notices");
  const [list, t] = await Promise.all([listNotices(getDb(), access.subjectId!), getTranslations("notices")]);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <PageMessages namespaces={["notices"]}>
        <NoticesList subjectId={access.subjectId!} initial={list} canMark={allows(access, "notices.markRead")} />
      </PageMessages>
    </div>
  );
}
