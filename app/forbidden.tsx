import Link from "next/link";
import { getTranslations } from "@/lib/i18n/get-translations";

export default async function Forbidden() {
  const t = await getTranslations("errors");
  return (
    <div className="flex flex-col gap-3">
      <h1 className="text-2xl font-semibold">{t("forbiddenTitle")}</h1>
      <p>{t("forbidden")}</p>
      <Link href="/account" className="text-brand-700 underline">
        {t("backToAccount")}
      </Link>
    </div>
  );
}
