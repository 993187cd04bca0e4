import type { Metadata } from "next";
import Link from "next/link";
import { getT } from "@/lib/i18n/server";
import { refusalReason } from "@/lib/sso/refusals";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("auth");
  return { title: t("refused.title") };
}

/** Where a refused sign-in through an identity provider lands: what happened and what to do. */
export default async function SignInRefusedPage({ searchParams }: { searchParams: Promise<{ reason?: string; error?: string }> }) {
  const [params, t] = await Promise.all([searchParams, getT("auth")]);
  const reason = refusalReason(params);
  return (
    <main id="main" className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-md">
        <p className="text-center text-sm font-semibold tracking-wide text-blue-800 uppercase">Consort</p>
        <h1 className="mt-2 text-center text-2xl font-semibold">{t("refused.title")}</h1>
        <div role="alert" className="mt-6 rounded-lg border border-red-700 bg-red-50 p-4 text-sm text-red-950">
          <p>{t(`refused.reason.${reason}`)}</p>
          <p className="mt-2">{t("refused.nothingChanged")}</p>
        </div>
        <p className="mt-6 text-center text-sm">
          <Link href="/login" className="font-medium text-blue-800 underline">
            {t("refused.back")}
          </Link>
        </p>
      </div>
    </main>
  );
}
