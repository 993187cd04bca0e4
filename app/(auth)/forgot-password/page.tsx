import type { Metadata } from "next";
import Link from "next/link";
import { getT } from "@/lib/i18n/server";
import { AuthFrame } from "@/components/accounts/auth-frame";
import { ForgotPasswordForm } from "@/components/accounts/forgot-password-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("passwordReset");
  return { title: t("forgot.title") };
}

/** "Forgot password?" from the sign-in page: an address to send a one-hour link to. */
export default async function ForgotPasswordPage() {
  const t = await getT("passwordReset");
  return (
    <AuthFrame title={t("forgot.title")} intro={t("forgot.intro")}>
      <ForgotPasswordForm />
      <p className="mt-4 text-center text-sm">
        <Link href="/login" className="font-medium text-blue-800 underline">
          {t("forgot.backToSignIn")}
        </Link>
      </p>
    </AuthFrame>
  );
}
