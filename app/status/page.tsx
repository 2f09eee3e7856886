import { connection } from "next/server";
import { getTranslations } from "@/lib/i18n/get-translations";
import { env } from "@/lib/env";

// A dynamic page with no session and no database work: the baseline the benchmark compares against.
export default async function StatusPage() {
  await connection();
  const t = await getTranslations("status");
  return (
    <div className="flex flex-col gap-2">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p>{t("version", { version: env.APP_VERSION })}</p>
      <p>{t("time", { time: new Date().toISOString() })}</p>
    </div>
  );
}
