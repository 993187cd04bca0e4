import type { Metadata } from "next";
import Link from "next/link";
import { readUnsubscribeToken } from "@/lib/notifications/unsubscribe";
import { getT } from "@/lib/i18n/server";
import { UnsubscribeForm } from "@/components/notifications/unsubscribe-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("inbox");
  return { title: t("unsubscribe.title") };
}

/**
 * Where an e-mail's unsubscribe link leads (app/unsubscribe/[token]/route.ts sends GETs here): no
 * sign-in. It asks before changing anything — mail scanners open links too — and the button changes
 * only what the link was made for. A link Consort did not make gets a page that says so.
 */
export default async function UnsubscribePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = readUnsubscribeToken(token);
  const t = await getT("inbox");
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16">
      <p className="text-sm font-semibold tracking-wide text-blue-800 uppercase">Consort</p>
      {link ? (
        <>
          <h1 className="mt-2 text-2xl font-semibold text-slate-900">
            {link.topic === "DIGEST" ? t("unsubscribe.askDigest") : t("unsubscribe.askKind", { kind: t(`kinds.${link.topic}.label`) })}
          </h1>
          <p className="mt-3 text-sm text-slate-800">
            {link.topic === "DIGEST" ? t("unsubscribe.explainDigest") : t("unsubscribe.explainKind")}
          </p>
          <UnsubscribeForm token={token} />
        </>
      ) : (
        <>
          <h1 className="mt-2 text-2xl font-semibold text-slate-900">{t("unsubscribe.invalidTitle")}</h1>
          <p role="alert" className="mt-3 text-sm text-slate-800">
            {t("unsubscribe.invalidBody")}
          </p>
          <p className="mt-4 text-sm">
            <Link href="/account/notifications" className="font-medium text-blue-800 underline">
              {t("unsubscribe.settingsLink")}
            </Link>
          </p>
        </>
      )}
    </main>
  );
}
