import "server-only";
import { msg } from "@/lib/i18n/message";
import { partnersNewlyAhead } from "../lead";
import { engagementPath, onePerPerson, planNotification, type PlannedNotification } from "../planned";
import { loadEngagementAudience, loadServiceEngagements, loadStageBefore, loadStageChange, type StageChange } from "./data";
import { keepReaders, type Candidate } from "./readers";

const ENGAGEMENT = { type: "engagement" } as const;

/**
 * A stage change: ENGAGEMENT_STAGE for the engagement's owner, the task-force members who represent
 * its service for its institution, and its watchers; ENGAGEMENT_BLOCKED instead for the team leaders
 * when it was blocked; PARTNER_AHEAD for the team leaders when a partner now runs ahead of the lead.
 * `firstEventId`: the first step when one change took several (Advice received after logging advice).
 */
export async function planStageChanged(eventId: string, firstEventId: string | undefined, now: Date): Promise<PlannedNotification[]> {
  const change = await loadStageChange(eventId);
  if (!change || change.kind !== "STAGE_CHANGED" || !change.toStage || change.engagement.partner.archivedAt) return [];
  const { engagement } = change;
  const audience = await loadEngagementAudience(engagement.programmeId, engagement.institutionId, engagement.service);
  const values = { service: engagement.service, institution: engagement.partner.institution.name, actor: change.actor.name };
  const about = {
    subject: { type: "engagement" as const, id: engagement.id },
    cause: change.id,
    programmeId: engagement.programmeId,
    actorId: change.actorId,
    href: engagementPath(engagement.programmeId, engagement.id),
  };

  const stageCandidates: Candidate[] = [];
  if (change.toStage === "BLOCKED") {
    const message = msg("notifications.message.engagementBlocked", { ...values, reason: change.note ?? "" });
    for (const userId of audience.teamLeaders)
      stageCandidates.push({ plan: planNotification(userId, "ENGAGEMENT_BLOCKED", { ...about, message }), item: ENGAGEMENT });
  }
  const message = msg("notifications.message.engagementStage", { ...values, stage: change.toStage });
  const concerned = [engagement.ownerId, ...audience.representatives, ...engagement.watches.map((w) => w.userId)];
  for (const userId of new Set(concerned.filter((id): id is string => Boolean(id))))
    stageCandidates.push({ plan: planNotification(userId, "ENGAGEMENT_STAGE", { ...about, message }), item: ENGAGEMENT });

  const aheadCandidates = await partnerAheadCandidates(change, firstEventId ?? eventId, audience.teamLeaders, now);
  const readable = await keepReaders(engagement.programmeId, change.actorId, [...stageCandidates, ...aheadCandidates]);
  return [
    ...onePerPerson(
      readable.filter((p) => p.kind !== "PARTNER_AHEAD"),
      ["ENGAGEMENT_BLOCKED", "ENGAGEMENT_STAGE"],
    ),
    ...readable.filter((p) => p.kind === "PARTNER_AHEAD"),
  ];
}

async function partnerAheadCandidates(
  change: StageChange,
  firstEventId: string,
  teamLeaders: readonly string[],
  now: Date,
): Promise<Candidate[]> {
  if (teamLeaders.length === 0) return [];
  const { engagement } = change;
  const [before, engagements] = await Promise.all([
    loadStageBefore(firstEventId),
    loadServiceEngagements(engagement.programmeId, engagement.service),
  ]);
  const lead = engagements.find((e) => e.isLead && !e.archived);
  if (!before || !lead) return [];
  const ahead = partnersNewlyAhead(engagements, { id: engagement.id, before }, now);
  return ahead.flatMap((partner) => {
    const message = msg("notifications.message.partnerAhead", {
      service: partner.service,
      institution: partner.institutionName,
      stage: partner.stage,
      lead: lead.institutionName,
      leadStage: lead.stage,
    });
    return teamLeaders.map((userId) => ({
      plan: planNotification(userId, "PARTNER_AHEAD", {
        subject: { type: "engagement", id: partner.id },
        cause: change.id,
        programmeId: engagement.programmeId,
        actorId: change.actorId,
        message,
        href: engagementPath(engagement.programmeId, partner.id),
      }),
      item: ENGAGEMENT,
    }));
  });
}
