import type { Metadata } from "next";
import Link from "next/link";
import { getT } from "@/lib/i18n/server";
import { readHandoff } from "@/lib/sso/handoff";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("sso");
  return { title: t("continue.title") };
}

/** On the way to an identity provider's login or logout (lib/sso/handoff.ts): moves on by itself, or by the link. */
export default async function ContinuePage({ searchParams }: { searchParams: Promise<{ to?: string; sig?: string }> }) {
  const [{ to, sig }, t] = await Promise.all([searchParams, getT("sso")]);
  const target = readHandoff(to, sig);
  return (
    <main id="main" className="flex min-h-screen items-center justify-center px-4">
      {target && <meta httpEquiv="refresh" content={`0;url=${target}`} />}
      <div className="w-full max-w-md text-center">
        <p className="text-sm font-semibold tracking-wide text-blue-800 uppercase">Consort</p>
        <h1 className="mt-2 text-2xl font-semibold">{target ? t("continue.title") : t("continue.invalidTitle")}</h1>
        {target ? (
          <p className="mt-4 text-sm text-slate-800">
            {t("continue.text")}{" "}
            <a href={target} className="font-medium text-blue-800 underline">
              {t("continue.link")}
            </a>
          </p>
        ) : (
          <p className="mt-4 text-sm text-slate-800">
            {t("continue.invalid")}{" "}
            <Link href="/login" className="font-medium text-blue-800 underline">
              {t("continue.backToSignIn")}
            </Link>
          </p>
        )}
      </div>
    </main>
  );
}
