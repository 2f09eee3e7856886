import Link from "next/link";
import { getTranslations } from "@/lib/i18n/get-translations";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { PageMessages } from "@/components/layout/page-messages";

export async function generateMetadata() {
  const t = await getTranslations("auth");
  return { title: t("signUpTitle") };
}

export default async function SignUpPage() {
  const t = await getTranslations("auth");
  return (
    <div className="mx-auto flex max-w-md flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t("signUpTitle")}</h1>
      <p className="text-slate-700">{t("signUpIntro")}</p>
      <PageMessages namespaces={["auth"]}>
        <SignUpForm />
      </PageMessages>
      <p>
        {t("haveAccount")}{" "}
        <Link href="/sign-in" className="text-brand-700 underline">
          {t("signIn")}
        </Link>
      </p>
    </div>
  );
}
