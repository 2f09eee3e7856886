import { getFormatter, getTranslations } from "next-intl/server";
import { pageAccess } from "@/lib/access/page";
import { allows } from "@/lib/access/resolver";
import { getDb } from "@/lib/db/client";
import { loadProfile } from "@/lib/profile/queries";
import { HISTORY_DAYS, listSessions, signInHistory } from "@/lib/security/queries";
import { Card } from "@/components/account/card";
import { SessionsList } from "@/components/security/sessions-list";
import { PasswordChangeForm } from "@/components/password/password-change-form";

export async function generateMetadata() {
  const t = await getTranslations("security");
  return { title: t("title") };
}

export default async function SecurityPage() {
  const access = await pageAccess("sessions.view", "/account/security");
  const db = getDb();
  const [sessions, history, profile, t, tp, format] = await Promise.all([
    listSessions(db, access.subjectId!, access.actor.sessionId),
    signInHistory(db, access.subjectId!),
    loadProfile(db, access.subjectId!),
    getTranslations("security"),
    getTranslations("password"),
    getFormatter(),
  ]);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <Card title={t("sessionsTitle")} id="sessions">
        <p className="mb-3 text-slate-700">{t("sessionsIntro")}</p>
        <SessionsList subjectId={access.subjectId!} initial={sessions} />
      </Card>
      {allows(access, "password.change") ? (
        <Card title={tp("title")} id="password">
          {/* Names the browser may count against a password; email and phone stay on the server (masked here). */}
          <PasswordChangeForm
            subjectId={access.subjectId!}
            personal={[profile?.username, profile?.nickname].filter((v): v is string => Boolean(v))}
          />
        </Card>
      ) : null}
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
                  <td className="py-2 pr-3">
                    {format.dateTime(new Date(h.at), { dateStyle: "medium", timeStyle: "short" })}
                  </td>
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
    </div>
  );
}
