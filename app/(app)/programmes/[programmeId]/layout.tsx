import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { can, isMember } from "@/lib/auth/permissions";
import { requireProgrammeMember } from "@/lib/programmes/access";
import { getProgrammeHeader } from "@/lib/programmes/data";
import { DELIVERY_MODE_LABELS } from "@/lib/domain/labels";
import { ProgrammeNav } from "@/components/programmes/programme-nav";

export default async function ProgrammeLayout({ children, params }: { children: ReactNode; params: Promise<{ programmeId: string }> }) {
  const { programmeId } = await params;
  const user = await requireUser();
  const actor = await requireProgrammeMember(user, programmeId, { allowPlatformAdmin: true });
  const programme = await getProgrammeHeader(programmeId);
  if (!programme) notFound();
  const member = isMember(actor);
  const items = [
    ...(member
      ? [
          { href: "services", label: "Services" },
          { href: "advice", label: "Advice" },
          { href: "board", label: "Board" },
          { href: "task-force", label: "Task force" },
        ]
      : []),
    { href: "people", label: "People" },
    ...(can(actor, "audit.view") ? [{ href: "audit", label: "Audit trail" }] : []),
    ...(can(actor, "programme.configure") ? [{ href: "settings", label: "Settings" }] : []),
  ];
  return (
    <div>
      <div className="mb-4 border-b border-slate-300 pb-3">
        <p className="text-sm text-slate-700">
          {programme.ects.toString()} ECTS · EQF {programme.eqfLevel} · {DELIVERY_MODE_LABELS[programme.deliveryMode]} · led by{" "}
          {programme.leadInstitution.name}
        </p>
        <p className="text-xl font-semibold text-slate-900">{programme.title}</p>
        <ProgrammeNav programmeId={programmeId} items={items} />
      </div>
      {children}
    </div>
  );
}
