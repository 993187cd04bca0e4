import type { Metadata } from "next";
import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { listMyProgrammes } from "@/lib/programmes/data";
import { userMayStartProgrammes } from "@/lib/platform/data";
import { DELIVERY_MODE_LABELS, PROGRAMME_STATUS_LABELS, ROLE_LABELS } from "@/lib/domain/labels";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonClasses } from "@/components/ui/button";

export const metadata: Metadata = { title: "My programmes" };

export default async function MyProgrammesPage() {
  const user = await requireUser();
  const [programmes, mayStart] = await Promise.all([listMyProgrammes(user.id), userMayStartProgrammes(user)]);
  return (
    <>
      <PageHeader
        title="My programmes"
        description="The joint micro-credential programmes you take part in, with your role in each."
        actions={
          mayStart && (
            <Link href="/programmes/new" className={buttonClasses("primary")}>
              New programme
            </Link>
          )
        }
      />
      {programmes.length === 0 ? (
        <EmptyState title="You are not a member of any programme yet.">
          {mayStart
            ? "Ask your programme's team leader to add you, or start a new programme: you will become its team leader."
            : "Ask your programme's team leader to add you. To lead a new programme, ask a platform admin to set it up for you or to mark you as a programme creator."}
        </EmptyState>
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
                {p.ects} ECTS · EQF {p.eqfLevel} · {DELIVERY_MODE_LABELS[p.deliveryMode]} · {PROGRAMME_STATUS_LABELS[p.status]}
              </p>
              <p className="mt-1 text-sm text-slate-700">
                Led by {p.lead.name} · {p.partnerCount} institutions
              </p>
              <p className="mt-3 flex flex-wrap gap-2">
                {p.roles.map((r) => (
                  <span key={r.role} className="rounded-full bg-blue-100 px-2.5 py-0.5 text-xs font-medium text-blue-900">
                    {ROLE_LABELS[r.role]} · {r.institution}
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
