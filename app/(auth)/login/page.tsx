import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/session";
import { chooseSignInLanguageAction } from "@/lib/account/actions";
import { offeredLocales } from "@/lib/account/data";
import { getT, requestLocale } from "@/lib/i18n/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { LanguageSwitch } from "@/components/layout/language-switch";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("auth");
  return { title: t("signIn.title") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  if (await currentUser()) redirect("/programmes");
  const [{ next }, locale, t] = await Promise.all([searchParams, requestLocale(), getT("auth")]);
  return (
    <main id="main" className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm">
        <p className="text-center text-sm font-semibold tracking-wide text-blue-800 uppercase">Consort</p>
        <h1 className="mt-2 text-center text-2xl font-semibold">{t("signIn.title")}</h1>
        <p className="mt-2 text-center text-sm text-slate-700">{t("signIn.intro")}</p>
        <SignInForm next={next ?? ""} />
        <div className="mt-4 flex justify-center">
          <LanguageSwitch action={chooseSignInLanguageAction} current={locale} locales={offeredLocales()} next={next ?? ""} />
        </div>
      </div>
    </main>
  );
}
