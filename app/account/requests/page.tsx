import { getTranslations } from "@/lib/i18n/get-translations";
import { pageAccess } from "@/lib/access/page";
import { allows } from "@/lib/access/resolver";
import { getDb } from "@/lib/db/client";
import { requestTypes } from "@/lib/db/schema";
import { listRequests } from "@/lib/requests/queries";
import { RequestsTracker } from "@/components/requests/requests-tracker";
import { PageMessages } from "@/components/layout/page-messages";

export async function generateMetadata() {
  const t = await getTranslations("requests");
  return { title: t("title") };
}

export default async function RequestsPage() {
  const access = await pageAccess("requests.view", "/account/requests");
  const [list, t] = await Promise.all([listRequests(getDb(), access.subjectId!), getTranslations("requests")]);
  return (
    <PageMessages namespaces={["account", "requests"]}>
      <div className="flex flex-col gap-4">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
        <p className="text-slate-700">{t("dueRule")}</p>
        <RequestsTracker
          subjectId={access.subjectId!}
          initial={list}
          types={requestTypes}
          viewerIsHolder={access.via === "self"}
          can={{
            file: allows(access, "requests.file"),
            withdraw: allows(access, "requests.withdraw"),
            reply: allows(access, "requests.reply"),
          }}
        />
      </div>
    </PageMessages>
  );
}
