import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/session";
import { chooseSignInLanguageAction } from "@/lib/account/actions";
import { offeredLocales } from "@/lib/account/data";
import { getT, requestLocale } from "@/lib/i18n/server";
import { hasSsoProviders } from "@/lib/sso/data";
import { buttonClasses } from "@/components/ui/button";
import { SignInForm } from "@/components/auth/sign-in-form";
import { LanguageSwitch } from "@/components/layout/language-switch";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("auth");
  return { title: t("signIn.title") };
}

/** After a password was set through an e-mailed link, when signing in straight away was refused. */
const DONE = {
  "password-changed": "signIn.passwordChanged",
  "password-set": "signIn.passwordSet",
  "signed-out-sso": "signIn.signedOutSso",
} as const;

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string; done?: string; error?: string }> }) {
  if (await currentUser()) redirect("/programmes");
  // Auth.js sends a sign-in its provider answered with an error (cancelled, consent declined) here, with ?error=.
  const { error } = await searchParams;
  if (typeof error === "string") redirect(`/login/refused?${new URLSearchParams({ error })}`);
  const [{ next, done }, locale, t, tReset, offersSso] = await Promise.all([
    searchParams,
    requestLocale(),
    getT("auth"),
    getT("passwordReset"),
    hasSsoProviders(),
  ]);
  const doneKey = done && done in DONE ? DONE[done as keyof typeof DONE] : null;
  return (
    <main id="main" className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm">
        <p className="text-center text-sm font-semibold tracking-wide text-blue-800 uppercase">Consort</p>
        <h1 className="mt-2 text-center text-2xl font-semibold">{t("signIn.title")}</h1>
        <p className="mt-2 text-center text-sm text-slate-700">{t("signIn.intro")}</p>
        {doneKey && (
          <p role="status" className="mt-4 rounded-md border border-green-700 bg-green-50 px-3 py-2 text-sm text-green-900">
            {tReset(doneKey)}
          </p>
        )}
        {offersSso && (
          <>
            <Link
              href={next ? `/login/institution?${new URLSearchParams({ next })}` : "/login/institution"}
              className={`${buttonClasses("secondary")} mt-6 w-full justify-center`}
            >
              {t("signIn.withInstitution")}
            </Link>
            <p className="mt-4 text-center text-sm font-medium text-slate-700">{t("signIn.orPassword")}</p>
          </>
        )}
        <SignInForm next={next ?? ""} />
        <p className="mt-4 text-center text-sm">
          <Link href="/forgot-password" className="font-medium text-blue-800 underline">
            {tReset("signIn.forgotLink")}
          </Link>
        </p>
        <div className="mt-4 flex justify-center">
          <LanguageSwitch action={chooseSignInLanguageAction} current={locale} locales={offeredLocales()} next={next ?? ""} />
        </div>
      </div>
    </main>
  );
}
