import { getTranslations } from "@/lib/i18n/get-translations";
import { notFound } from "next/navigation";
import { pageAccess } from "@/lib/access/page";
import { readRequestInfo } from "@/lib/access/request";
import { allows } from "@/lib/access/resolver";
import { getDb } from "@/lib/db/client";
import { honourGpc } from "@/lib/consent/gpc";
import { consentHistory, loadChoices, withServerClock } from "@/lib/consent/queries";
import { historyCounts, listInterestTags } from "@/lib/collection/queries";
import { ChoicesPanel } from "@/components/privacy/choices-panel";
import { ConsentHistory } from "@/components/privacy/consent-history";
import { Alert } from "@/components/ui/alert";
import { PageMessages } from "@/components/layout/page-messages";

const HISTORY_SHOWN = 50;

export async function generateMetadata() {
  const t = await getTranslations("privacy");
  return { title: t("title") };
}

export default async function PrivacyPage() {
  const access = await pageAccess("privacy.view", "/account/privacy");
  const subjectId = access.subjectId!;
  const request = await readRequestInfo();
  // The browser's Global Privacy Control is the shopper's own signal: it applies when they act for themselves.
  if (request.gpc && access.via === "self") await honourGpc({ subjectId, actorId: access.actor.id, ip: request.ip });
  const db = getDb();
  const [view, counts, tags, receipts, t] = await Promise.all([
    loadChoices(db, subjectId),
    historyCounts(db, subjectId),
    listInterestTags(db, subjectId),
    consentHistory(db, subjectId, HISTORY_SHOWN),
    getTranslations("privacy"),
  ]);
  if (!view) notFound();
  const canChange = allows(access, "consents.update");
  const childSelf = view.isChild && access.via !== "guardian";
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      {request.gpc ? <Alert tone="info">{t("gpcNotice")}</Alert> : null}
      {view.isChild ? <Alert tone="info">{t("childNote")}</Alert> : null}
      {canChange ? null : <Alert tone="info">{t("readOnly")}</Alert>}
      <PageMessages namespaces={["privacy", "shop"]}>
        <ChoicesPanel
          subjectId={subjectId}
          initial={withServerClock(view)}
          canChange={canChange}
          childSelf={childSelf}
          gpc={request.gpc}
          history={{ ...counts, canClear: allows(access, "history.clear") }}
          tags={{ list: tags, canDelete: allows(access, "interestTags.delete") }}
        />
      </PageMessages>
      <ConsentHistory
        receipts={receipts}
        shown={HISTORY_SHOWN}
        downloadHref={allows(access, "consents.receipts") ? "/account/privacy/receipts" : null}
      />
    </div>
  );
}
