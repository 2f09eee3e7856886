import Link from "next/link";
import { getTranslations } from "@/lib/i18n/get-translations";
import { SignInForm } from "@/components/auth/sign-in-form";
import { PageMessages } from "@/components/layout/page-messages";
import { Alert } from "@/components/ui/alert";

type Search = Promise<{ next?: string; expired?: string; signedOut?: string; pending?: string }>;

export async function generateMetadata() {
  const t = await getTranslations("auth");
  return { title: t("signInTitle") };
}

export default async function SignInPage({ searchParams }: { searchParams: Search }) {
  const [t, params] = await Promise.all([getTranslations("auth"), searchParams]);
  return (
    <div className="mx-auto flex max-w-md flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t("signInTitle")}</h1>
      {params.expired ? <Alert tone="info">{t("sessionEnded")}</Alert> : null}
      {params.signedOut ? <Alert tone="success">{t("signedOut")}</Alert> : null}
      {params.pending === "consent" ? <Alert tone="info">{t("pendingConsentCreated")}</Alert> : null}
      <PageMessages namespaces={["auth"]}>
        <SignInForm next={params.next} />
      </PageMessages>
      <p>
        {t("noAccount")}{" "}
        <Link href="/sign-up" className="text-brand-700 underline">
          {t("createAccount")}
        </Link>
      </p>
    </div>
  );
}
