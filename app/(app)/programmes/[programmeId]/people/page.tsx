import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { requireProgrammeMember } from "@/lib/programmes/access";
import { listProgrammeMembers } from "@/lib/programmes/data";
import { getMemberImpacts, type MemberImpact } from "@/lib/programmes/members/data";
import { describeRemoval } from "@/lib/programmes/members/consequences";
import { getSay, getT } from "@/lib/i18n/server";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { MemberList } from "@/components/programmes/member-list";
import { PendingInvitations } from "@/components/accounts/pending-invitations";
import { listProgrammeInvitations } from "@/lib/accounts/data";
import { getReader } from "@/lib/account/data";

const NO_IMPACTS: Record<string, MemberImpact> = {};

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT("programmes");
  return { title: t("people.title") };
}

export default async function PeoplePage({ params }: { params: Promise<{ programmeId: string }> }) {
  const { programmeId } = await params;
  const actor = await requireProgrammeMember(await requireUser(), programmeId, { allowPlatformAdmin: true });
  const manage = can(actor, "programme.configure");
  const [members, impacts, invitations, reader, t, say] = await Promise.all([
    listProgrammeMembers(programmeId),
    manage ? getMemberImpacts(programmeId) : NO_IMPACTS,
    manage ? listProgrammeInvitations(programmeId) : [],
    getReader(),
    getT("programmes"),
    getSay(),
  ]);
  // What removing each card's role would do, said here (the confirmation shows it as written).
  const removals: Record<string, string[]> = manage
    ? Object.fromEntries(
        members.map((m) => [
          m.id,
          describeRemoval(
            {
              name: m.user.name,
              role: m.role,
              services: m.services,
              otherRoles: members.filter((o) => o.user.id === m.user.id && o.id !== m.id).map((o) => o.role),
              impact: impacts[m.user.id] ?? { ownedEngagements: 0, openAssignedIssues: 0 },
            },
            say,
          ),
        ]),
      )
    : {};
  return (
    <>
      <PageHeader title={t("people.title")} description={manage ? t("people.descriptionManage") : t("people.description")} />
      {members.length === 0 ? (
        <EmptyState title={t("people.empty")} />
      ) : (
        <MemberList members={members} removals={removals} manage={manage} />
      )}
      {manage && <PendingInvitations invitations={invitations} reader={reader} />}
    </>
  );
}
