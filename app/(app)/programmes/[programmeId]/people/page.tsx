import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { requireProgrammeMember } from "@/lib/programmes/access";
import { listProgrammeMembers } from "@/lib/programmes/data";
import { ROLE_LABELS } from "@/lib/domain/labels";
import { inGuideOrder, SERVICE_LABELS } from "@/lib/domain/services";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { DataTable } from "@/components/ui/data-table";

export const metadata: Metadata = { title: "People" };

export default async function PeoplePage({ params }: { params: Promise<{ programmeId: string }> }) {
  const { programmeId } = await params;
  await requireProgrammeMember(await requireUser(), programmeId, { allowPlatformAdmin: true });
  const members = await listProgrammeMembers(programmeId);
  return (
    <>
      <PageHeader
        title="People"
        description="Everyone in this programme: the team leader, one programme-team member per partner, and the task force of service representatives."
      />
      {members.length === 0 ? (
        <EmptyState title="No members yet." />
      ) : (
        <DataTable
          caption="Programme members"
          columns={[{ label: "Name" }, { label: "Role" }, { label: "Institution" }, { label: "Represents" }, { label: "Email" }]}
        >
          {members.map((m) => (
            <tr key={m.id}>
              <td className="px-4 py-2 font-medium">
                {m.user.name}
                {!m.user.active && <span className="ml-2 text-xs text-slate-600">(deactivated)</span>}
              </td>
              <td className="px-4 py-2">{ROLE_LABELS[m.role]}</td>
              <td className="px-4 py-2">
                {m.institution.name} <span className="text-slate-600">({m.institution.country})</span>
              </td>
              <td className="px-4 py-2">
                {m.services.length
                  ? inGuideOrder(m.services)
                      .map((s) => SERVICE_LABELS[s])
                      .join(", ")
                  : "—"}
              </td>
              <td className="px-4 py-2">
                <a className="text-blue-800 underline" href={`mailto:${m.user.email}`}>
                  {m.user.email}
                </a>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
