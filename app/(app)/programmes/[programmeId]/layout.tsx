import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { can, isMember } from "@/lib/auth/permissions";
import { requireProgrammeMember } from "@/lib/programmes/access";
import { getProgrammeHeader } from "@/lib/programmes/data";
import { getT } from "@/lib/i18n/server";
import { ProgrammeNav } from "@/components/programmes/programme-nav";

export default async function ProgrammeLayout({ children, params }: { children: ReactNode; params: Promise<{ programmeId: string }> }) {
  const { programmeId } = await params;
  const user = await requireUser();
  const actor = await requireProgrammeMember(user, programmeId, { allowPlatformAdmin: true });
  const programme = await getProgrammeHeader(programmeId);
  if (!programme) notFound();
  const [t, tDomain] = await Promise.all([getT("programmes"), getT("domain")]);
  const member = isMember(actor);
  const items = [
    ...(member
      ? [
          { href: "services", label: t("nav.services") },
          { href: "plan", label: t("nav.plan") },
          { href: "decisions", label: t("nav.decisions") },
          { href: "obstacles", label: t("nav.obstacles") },
          { href: "advice", label: t("nav.advice") },
          { href: "board", label: t("nav.board") },
          { href: "task-force", label: t("nav.taskForce") },
        ]
      : []),
    { href: "people", label: t("nav.people") },
    ...(can(actor, "audit.view") ? [{ href: "audit", label: t("nav.audit") }] : []),
    ...(can(actor, "programme.configure") ? [{ href: "settings", label: t("nav.settings") }] : []),
  ];
  return (
    <div>
      <div className="mb-4 border-b border-slate-300 pb-3">
        <p className="text-sm text-slate-700">
          {t("facts", { ects: programme.ects.toNumber(), eqfLevel: programme.eqfLevel })} ·{" "}
          {tDomain(`deliveryMode.${programme.deliveryMode}`)} · {t("header.ledBy", { lead: programme.leadInstitution.name })}
        </p>
        <p className="text-xl font-semibold text-slate-900">{programme.title}</p>
        <ProgrammeNav programmeId={programmeId} items={items} />
      </div>
      {children}
    </div>
  );
}
