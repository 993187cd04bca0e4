import "server-only";
import { msg } from "@/lib/i18n/message";
import type { ReadableItem } from "../audience";
import { parseMentions } from "../mentions";
import { advicePath, onePerPerson, planNotification, type PlannedNotification } from "../planned";
import {
  loadAdvice,
  loadEditedDetails,
  loadEngagementAudience,
  loadFollowUpAssignments,
  loadPersonName,
  type AdviceForFanOut,
} from "./data";
import { planAssignments } from "./issues";
import { keepReaders, type Candidate } from "./readers";

const PRECEDENCE = ["MENTION", "ADVICE_SHARED", "ADVICE_LOGGED"] as const;

function readable(advice: AdviceForFanOut): Extract<ReadableItem, { type: "advice" }> {
  return {
    type: "advice",
    institutionId: advice.institutionId,
    service: advice.service,
    visibility: advice.visibility,
    deletedAt: advice.deletedAt,
  };
}

function about(advice: AdviceForFanOut, cause: string, actorId: string) {
  return {
    subject: { type: "advice" as const, id: advice.id },
    cause,
    programmeId: advice.programmeId,
    actorId,
    href: advicePath(advice.programmeId, advice.id),
  };
}

async function plansFor(advice: AdviceForFanOut, cause: string, actorId: string, options: { newsOnlyToDraftOutsiders: boolean }) {
  const [audience, actor] = await Promise.all([
    loadEngagementAudience(advice.programmeId, advice.institutionId, advice.service),
    loadActorName(actorId),
  ]);
  const item = readable(advice);
  // On sharing, what was a draft is news only to those who could not read the draft.
  const unlessReadable: ReadableItem | undefined = options.newsOnlyToDraftOutsiders
    ? { ...item, visibility: "INSTITUTION_DRAFT" }
    : undefined;
  const values = { service: advice.service, institution: advice.engagement.partner.institution.name, summary: advice.summary, actor };
  const base = about(advice, cause, actorId);
  const candidates: Candidate[] = [];
  for (const { userId } of parseMentions(advice.details))
    candidates.push({
      plan: planNotification(userId, "MENTION", { ...base, message: msg("notifications.message.mentionAdvice", values) }),
      item,
      unlessReadable,
    });
  if (advice.visibility === "SHARED")
    for (const userId of audience.teamLeaders)
      candidates.push({
        plan: planNotification(userId, "ADVICE_SHARED", { ...base, message: msg("notifications.message.adviceShared", values) }),
        item,
      });
  const concerned = [advice.engagement.ownerId, ...audience.representatives, ...advice.engagement.watches.map((w) => w.userId)];
  for (const userId of new Set(concerned.filter((id): id is string => Boolean(id))))
    candidates.push({
      plan: planNotification(userId, "ADVICE_LOGGED", { ...base, message: msg("notifications.message.adviceLogged", values) }),
      item,
      unlessReadable,
    });
  const plans = onePerPerson(await keepReaders(advice.programmeId, actorId, candidates), PRECEDENCE);
  // The follow-up issue raised with shared advice is assigned (routed) to someone too.
  const followUps = advice.visibility === "SHARED" ? await planAssignments(await loadFollowUpAssignments(advice.id)) : [];
  return [...plans, ...followUps];
}

async function loadActorName(actorId: string): Promise<string> {
  return (await loadPersonName(actorId))?.name ?? "";
}

/**
 * New advice: MENTION for the readers it @mentions; ADVICE_SHARED for the team leaders when it was
 * logged shared; ADVICE_LOGGED for the engagement's owner, service representatives and watchers — each
 * only if they may read it (a draft stays inside its institution and the team leader).
 */
export async function planAdviceLogged(adviceId: string, actorId: string): Promise<PlannedNotification[]> {
  const advice = await loadAdvice(adviceId);
  if (!advice || advice.deletedAt) return [];
  return plansFor(advice, "logged", actorId, { newsOnlyToDraftOutsiders: false });
}

/** A draft shared with the partnership: the team leaders hear of it, and whoever could not read the draft hears of it now. */
export async function planAdviceShared(adviceId: string, actorId: string): Promise<PlannedNotification[]> {
  const advice = await loadAdvice(adviceId);
  if (!advice || advice.deletedAt || advice.visibility !== "SHARED") return [];
  return plansFor(advice, "shared", actorId, { newsOnlyToDraftOutsiders: true });
}

/** An edit: only the people it newly @mentions (and who may read the entry) hear of it. */
export async function planAdviceEdited(adviceId: string, revision: number, actorId: string): Promise<PlannedNotification[]> {
  const [advice, details] = await Promise.all([loadAdvice(adviceId), loadEditedDetails(adviceId, revision)]);
  if (!advice || advice.deletedAt || !details) return [];
  const before = new Set(parseMentions(details.before).map((m) => m.userId));
  const added = parseMentions(details.after ?? advice.details).filter((m) => !before.has(m.userId));
  if (added.length === 0) return [];
  const values = {
    service: advice.service,
    institution: advice.engagement.partner.institution.name,
    summary: advice.summary,
    actor: await loadActorName(actorId),
  };
  const base = about(advice, `revision-${revision}`, actorId);
  const item = readable(advice);
  return keepReaders(
    advice.programmeId,
    actorId,
    added.map(({ userId }) => ({
      plan: planNotification(userId, "MENTION", { ...base, message: msg("notifications.message.mentionAdvice", values) }),
      item,
    })),
  );
}
