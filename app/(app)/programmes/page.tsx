import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { listMyProgrammes } from "@/lib/programmes/data";
import { userMayStartProgrammes } from "@/lib/platform/data";
import { getT } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonClasses } from "@/components/ui/button";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("programmes");
  return { title: t("list.title") };
}

export default async function MyProgrammesPage() {
  const user = await requireUser();
  const [programmes, mayStart, t, tDomain] = await Promise.all([
    listMyProgrammes(user.id),
    userMayStartProgrammes(user),
    getT("programmes"),
    getT("domain"),
  ]);
  return (
    <>
      <PageHeader
        title={t("list.title")}
        description={t("list.description")}
        actions={
          mayStart && (
            <Link href="/programmes/new" className={buttonClasses("primary")}>
              {t("list.newProgramme")}
            </Link>
          )
        }
      />
      {programmes.length === 0 ? (
        <EmptyState title={t("list.empty")}>{mayStart ? t("list.emptyMayStart") : t("list.emptyAskAdmin")}</EmptyState>
      ) : (
        <ul className="grid gap-4 md:grid-cols-2">
          {programmes.map((p) => (
            <li key={p.id} className="rounded-lg border border-slate-300 bg-white p-5 shadow-sm">
              <h2 className="text-lg font-semibold">
                <Link href={`/programmes/${p.id}`} className="text-blue-900 hover:underline">
                  {p.title}
                </Link>
              </h2>
              <p className="mt-1 text-sm text-slate-700">
                {t("facts", { ects: Number(p.ects), eqfLevel: p.eqfLevel })} · {tDomain(`deliveryMode.${p.deliveryMode}`)} ·{" "}
                {tDomain(`programmeStatus.${p.status}`)}
              </p>
              <p className="mt-1 text-sm text-slate-700">{t("list.ledBy", { lead: p.lead.name, count: p.partnerCount })}</p>
              <p className="mt-3 flex flex-wrap gap-2">
                {p.roles.map((r) => (
                  <span key={r.role} className="rounded-full bg-blue-100 px-2.5 py-0.5 text-xs font-medium text-blue-900">
                    {tDomain(`role.${r.role}`)} · {r.institution}
                  </span>
                ))}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
