import Link from "next/link";
import { getT } from "@/lib/i18n/server";

/** What every 404 says; the page around it decides whether it brings its own <main>. */
export async function NotFoundMessage() {
  const t = await getT("common");
  return (
    <>
      <h1 className="text-2xl font-semibold">{t("notFound.title")}</h1>
      <p className="mt-3 text-slate-700">{t("notFound.body")}</p>
      <Link href="/programmes" className="mt-6 inline-block font-medium text-blue-800 underline">
        {t("notFound.link")}
      </Link>
    </>
  );
}
