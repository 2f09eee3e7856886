import Link from "next/link";
import { getTranslations } from "@/lib/i18n/get-translations";
import { notFound } from "next/navigation";
import { pageAccess } from "@/lib/access/page";
import { allows } from "@/lib/access/resolver";
import { getDb } from "@/lib/db/client";
import { loadContact } from "@/lib/contact/queries";
import { ContactManager } from "@/components/contact/contact-manager";
import { PageMessages } from "@/components/layout/page-messages";

export async function generateMetadata() {
  const t = await getTranslations("contact");
  return { title: t("title") };
}

export default async function ContactPage() {
  const access = await pageAccess("profile.view", "/account/profile/contact");
  const [contact, t] = await Promise.all([loadContact(getDb(), access.subjectId!), getTranslations("contact")]);
  if (!contact) notFound();
  return (
    <PageMessages namespaces={["contact"]}>
      <div className="flex max-w-xl flex-col gap-4">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
        <ContactManager initial={contact} canChange={allows(access, "contact.requestChange")} />
        <Link href="/account/profile" className="text-brand-700 underline">
          {t("backToProfile")}
        </Link>
      </div>
    </PageMessages>
  );
}
