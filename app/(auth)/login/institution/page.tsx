import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { listSsoChoices, loadSsoProviders } from "@/lib/sso/data";
import { InstitutionSignInForm } from "@/components/auth/institution-sign-in-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("auth");
  return { title: t("institution.title") };
}

/** "Sign in with your institution": by university address, or by picking the institution. */
export default async function InstitutionSignInPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  if (await currentUser()) redirect("/programmes");
  const [{ next }, t, providers] = await Promise.all([searchParams, getT("auth"), loadSsoProviders()]);
  const choices = await listSsoChoices(providers);
  return (
    <main id="main" className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm">
        <p className="text-center text-sm font-semibold tracking-wide text-blue-800 uppercase">Consort</p>
        <h1 className="mt-2 text-center text-2xl font-semibold">{t("institution.title")}</h1>
        <p className="mt-2 text-center text-sm text-slate-700">{t("institution.intro")}</p>
        {providers.length > 0 ? (
          <InstitutionSignInForm next={next ?? ""} choices={choices} />
        ) : (
          <p role="status" className="mt-6 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm text-slate-800">
            {t("institution.none")}
          </p>
        )}
        <p className="mt-4 text-center text-sm">
          <Link href={next ? `/login?${new URLSearchParams({ next })}` : "/login"} className="font-medium text-blue-800 underline">
            {t("institution.back")}
          </Link>
        </p>
      </div>
    </main>
  );
}
