import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";

export const metadata: Metadata = { title: "Baseline", robots: { index: false } };

// The benchmark's yardstick (bench/run.ts): the cheapest signed-in page there is — one indexed
// primary-key query (the session's user, read by requireUser) and a few bytes of HTML. Every other
// page's p95 is reported as a multiple of this one's. It shows nothing beyond the reader's own name.
export default async function BenchBaselinePage() {
  const user = await requireUser();
  const t = await getT("common");
  return (
    <main id="main" className="p-6">
      <h1 className="text-lg font-semibold text-slate-900">{t("signedInAs", { name: user.name })}</h1>
    </main>
  );
}
