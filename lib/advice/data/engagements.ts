import "server-only";
import { db } from "@/lib/db";
import type { EngagementStage } from "@/lib/generated/prisma/enums";
import type { ProgrammeActor } from "@/lib/auth/permissions";
import { canLogAdvice } from "../policy";

/** Stages before "Advice received": logging advice there offers to move the engagement on. */
export const STAGES_BEFORE_ADVICE_RECEIVED: readonly EngagementStage[] = ["NOT_CONTACTED", "CONTACTED", "IN_CONSULTATION"];

/** The engagement an entry is logged on, for the "Log advice" form (null when not in this programme). */
export async function getEngagementForAdvice(actor: ProgrammeActor, programmeId: string, engagementId: string) {
  const engagement = await db.engagement.findFirst({
    where: { id: engagementId, programmeId },
    select: {
      id: true,
      institutionId: true,
      service: true,
      stage: true,
      contactName: true,
      contactRole: true,
      partner: { select: { archivedAt: true, institution: { select: { name: true, shortName: true } } } },
      _count: { select: { adviceEntries: { where: { deletedAt: null } } } },
    },
  });
  if (!engagement) return null;
  return { ...engagement, canLog: canLogAdvice(actor, engagement) && !engagement.partner.archivedAt };
}

/** Advice is logged only on engagements of partners still in the programme. */
const openEngagements = (programmeId: string) => ({ programmeId, partner: { archivedAt: null } });

/** The engagements this person may log advice on, for choosing one on the "Log advice" page. */
export async function listLoggableEngagements(actor: ProgrammeActor, programmeId: string) {
  const engagements = await db.engagement.findMany({
    where: openEngagements(programmeId),
    orderBy: [{ partner: { role: "asc" } }, { partner: { institution: { name: "asc" } } }],
    select: { id: true, institutionId: true, service: true, partner: { select: { institution: { select: { name: true } } } } },
  });
  return engagements
    .filter((e) => canLogAdvice(actor, e))
    .map((e) => ({ id: e.id, service: e.service, institutionName: e.partner.institution.name, institutionId: e.institutionId }));
}

/** Whether this person may log advice on any engagement of the programme (the Advice page's "Log advice" button): no names, no sorting. */
export async function mayLogAnyAdvice(actor: ProgrammeActor, programmeId: string): Promise<boolean> {
  const engagements = await db.engagement.findMany({
    where: openEngagements(programmeId),
    select: { id: true, institutionId: true, service: true },
  });
  return engagements.some((e) => canLogAdvice(actor, e));
}
