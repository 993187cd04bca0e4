import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { requireProgrammeMember } from "@/lib/programmes/access";
import { listProgrammeMembers } from "@/lib/programmes/data";
import { getMemberImpacts } from "@/lib/programmes/members/data";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { MemberList } from "@/components/programmes/member-list";

export const metadata: Metadata = { title: "People" };

export default async function PeoplePage({ params }: { params: Promise<{ programmeId: string }> }) {
  const { programmeId } = await params;
  const actor = await requireProgrammeMember(await requireUser(), programmeId, { allowPlatformAdmin: true });
  const manage = can(actor, "programme.configure");
  const [members, impacts] = await Promise.all([listProgrammeMembers(programmeId), manage ? getMemberImpacts(programmeId) : {}]);
  return (
    <>
      <PageHeader
        title="People"
        description={
          manage
            ? "Everyone in this programme: the team leader, one programme-team member per partner, and the task force of service representatives. Change a role or remove someone on their card; add people in Settings."
            : "Everyone in this programme: the team leader, one programme-team member per partner, and the task force of service representatives."
        }
      />
      {members.length === 0 ? <EmptyState title="No members yet." /> : <MemberList members={members} impacts={impacts} manage={manage} />}
    </>
  );
}
