import { getLocale } from "next-intl/server";
import { getTranslations } from "@/lib/i18n/get-translations";
import { pageAccess } from "@/lib/access/page";
import { allows } from "@/lib/access/resolver";
import { getDb } from "@/lib/db/client";
import { listLogins } from "@/lib/logins/queries";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format";
import {
  HISTORY_DAYS,
  loadSecurityPage,
  OWN_SECURITY_PAGE,
  toSecurityPage,
  type SecurityRow,
} from "@/lib/security/queries";
import { Card } from "@/components/account/card";
import { LoginsList } from "@/components/security/logins-list";
import { SessionsList } from "@/components/security/sessions-list";
import { PasswordChange } from "@/components/password/password-change";
import { PageMessages } from "@/components/layout/page-messages";

export async function generateMetadata() {
  const t = await getTranslations("security");
  return { title: t("title") };
}

// Opens for whoever may see the linked logins (a guardian, support reading); the devices and sign-in
// history beside them stay the shopper's own.
export default async function SecurityPage() {
  const access = await pageAccess("logins.view", "/account/security", OWN_SECURITY_PAGE);
  const subjectId = access.subjectId!;
  const ownSecurity = allows(access, "sessions.view");
  const [{ logins, sessions, history, names }, t, tl, tp, locale] = await Promise.all([
    ownSecurity
      ? access.own
        ? toSecurityPage(access.own as SecurityRow, access.actor.sessionId)
        : loadSecurityPage(subjectId, access.actor.sessionId)
      : listLogins(getDb(), subjectId).then((logins) => ({ logins, sessions: [], history: [], names: [] })),
    getTranslations("security"),
    getTranslations("logins"),
    getTranslations("password"),
    getLocale() as Promise<Locale>,
  ]);
  return (
    <PageMessages namespaces={["security", "logins", "password"]}>
      <div className="flex flex-col gap-6">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        {ownSecurity ? (
          <Card title={t("sessionsTitle")} id="sessions">
            <p className="mb-3 text-slate-700">{t("sessionsIntro")}</p>
            <SessionsList subjectId={subjectId} initial={sessions} />
          </Card>
        ) : null}
        {allows(access, "password.change") ? (
          <Card title={tp("title")} id="password">
            {/* Names the browser may count against a password; email and phone stay on the server. */}
            <PasswordChange subjectId={subjectId} personal={names} />
          </Card>
        ) : null}
        <Card title={tl("title")} id="logins">
          <p className="mb-3 text-slate-700">{tl("intro")}</p>
          <LoginsList subjectId={subjectId} initial={logins} canUnbind={allows(access, "logins.unbind")} />
        </Card>
        {ownSecurity ? (
          <Card title={t("historyTitle", { days: HISTORY_DAYS })} id="history">
            <div className="overflow-x-auto">
              <table className="w-full text-left text-sm">
                <thead>
                  <tr className="border-b border-slate-200">
                    <th scope="col" className="py-2 pr-3">
                      {t("when")}
                    </th>
                    <th scope="col" className="py-2 pr-3">
                      {t("result")}
                    </th>
                    <th scope="col" className="py-2 pr-3">
                      {t("device")}
                    </th>
                    <th scope="col" className="py-2">
                      {t("ip")}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {history.map((h) => (
                    <tr key={h.id} className="border-b border-slate-100">
                      <td className="py-2 pr-3">{formatDate(locale, new Date(h.at), "dateTime")}</td>
                      <td className={`py-2 pr-3 ${h.success ? "" : "font-medium text-red-800"}`}>
                        {h.success ? t("succeeded") : t(`failed.${h.reason === "throttled" ? "throttled" : "other"}`)}
                      </td>
                      <td className="py-2 pr-3">
                        {h.device} · {h.browser}
                      </td>
                      <td className="py-2">{h.ip ?? "-"}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </Card>
        ) : null}
      </div>
    </PageMessages>
  );
}
