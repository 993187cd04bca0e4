// The guide as behaviour: what to do next on a programme, and what needs attention. Pure functions,
// computed on the server from the tracker's rows.
import type { EngagementStage, Service } from "@/lib/generated/prisma/enums";
import { FIRST_SERVICES, serviceRank } from "@/lib/domain/services";
import { formatDay, type Reader } from "@/lib/domain/dates";
import { msg, type Message } from "@/lib/i18n/message";
import { isDone, stageRank } from "./transitions";
import { compareNames } from "@/lib/domain/lists";

export type NextStepEngagement = {
  id: string;
  institutionId: string;
  institutionName: string;
  isLead: boolean;
  service: Service;
  stage: EngagementStage;
  blockedFromStage: EngagementStage | null;
  stageReason: string | null;
  contactName: string | null;
  lastActivityAt: Date;
  dueDate: Date | null;
  /** The partner was removed from the programme: its engagements are read-only, no steps. */
  archived?: boolean;
};

export type NextStep = { engagementId: string; institutionId: string; service: Service; tier: 1 | 2 | 3 | 4; title: Message; why: Message };
type WarningKind = "partnerAhead" | "stale" | "overdue" | "blocked";
export type Warning = { engagementId: string; institutionId: string; service: Service; kind: WarningKind; text: Message };

const DAY = 24 * 60 * 60 * 1000;

/** Whole days between two instants (floor), never negative. */
export function daysBetween(earlier: Date, later: Date): number {
  return Math.max(0, Math.floor((later.getTime() - earlier.getTime()) / DAY));
}

/** The calendar date (UTC, as stored for @db.Date) as YYYY-MM-DD. */
function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** A due date is overdue from the day after it. `today` is the viewer's calendar date. */
export function isOverdue(dueDate: Date | null, stage: EngagementStage, today: string): boolean {
  return dueDate != null && !isDone(stage) && isoDate(dueDate) < today;
}

export function isStale(lastActivityAt: Date, stage: EngagementStage, staleAfterDays: number, now: Date): boolean {
  return !isDone(stage) && daysBetween(lastActivityAt, now) >= staleAfterDays;
}

function tierOf(e: NextStepEngagement): 1 | 2 | 3 | 4 {
  const first = FIRST_SERVICES.includes(e.service);
  if (e.isLead) return first ? 1 : 2;
  return first ? 3 : 4;
}

const WHY: Record<1 | 2 | 3 | 4, Message> = {
  1: msg("engagements.nextSteps.why.tier1"),
  2: msg("engagements.nextSteps.why.tier2"),
  3: msg("engagements.nextSteps.why.tier3"),
  4: msg("engagements.nextSteps.why.tier4"),
};

/**
 * The values every sentence about "the Legal service at Danube University of Applied Sciences" takes:
 * the service as its enum (each language words it, in the case its sentence needs) and the
 * institution's name as entered. No possessive to get wrong on names ending in s.
 */
function serviceAt(e: { institutionName: string; service: Service }) {
  return { service: e.service, institution: e.institutionName };
}

function stepTitle(e: NextStepEngagement): Message {
  const values = { ...serviceAt(e), withContact: e.contactName ? "yes" : "no", contact: e.contactName ?? "" };
  switch (e.stage) {
    case "NOT_CONTACTED":
      return msg("engagements.nextSteps.title.contact", values);
    case "CONTACTED":
      return msg("engagements.nextSteps.title.arrange", values);
    case "IN_CONSULTATION":
      return msg("engagements.nextSteps.title.getAdvice", values);
    case "ADVICE_RECEIVED":
      return msg("engagements.nextSteps.title.actOnAdvice", values);
    default:
      return msg("engagements.nextSteps.title.followUp", values);
  }
}

/**
 * Open engagements in the guide's order: the lead's internationalisation and T&L first, then the
 * lead's other services, then the partners' (internationalisation and T&L first). Blocked ones are
 * warnings, not steps; settled and not-applicable ones are done.
 * `mine` (the viewer's own engagements) moves them up only within their tier: the tiers keep the
 * guide's order for every role, so the tier headings never come out of order.
 */
export function computeNextSteps(
  engagements: readonly NextStepEngagement[],
  mine: (e: NextStepEngagement) => boolean = () => false,
): (NextStep & { mine: boolean })[] {
  return engagements
    .filter((e) => !e.archived && !isDone(e.stage) && e.stage !== "BLOCKED")
    .map((e) => ({ e, tier: tierOf(e), mine: mine(e) }))
    .sort(
      (a, b) =>
        a.tier - b.tier ||
        Number(b.mine) - Number(a.mine) ||
        serviceRank(a.e.service) - serviceRank(b.e.service) ||
        stageRank(b.e.stage) - stageRank(a.e.stage) ||
        compareNames()(a.e.institutionName, b.e.institutionName),
    )
    .map(({ e, tier, mine }) => ({
      engagementId: e.id,
      institutionId: e.institutionId,
      service: e.service,
      tier,
      title: stepTitle(e),
      why: WHY[tier],
      mine,
    }));
}

/** `reader`: whose language the due dates in the warnings are written for (English when absent). */
export function computeWarnings(
  engagements: readonly NextStepEngagement[],
  options: { staleAfterDays: number; now: Date; today?: string; reader?: Pick<Reader, "locale"> },
): Warning[] {
  const { staleAfterDays, now, reader } = options;
  const today = options.today ?? isoDate(now);
  const live = engagements.filter((e) => !e.archived);
  const leadByService = new Map(live.filter((e) => e.isLead).map((e) => [e.service, e]));
  const warnings: Warning[] = [];
  const at = (e: NextStepEngagement) => ({ engagementId: e.id, institutionId: e.institutionId, service: e.service });
  for (const e of live) {
    const who = serviceAt(e);
    if (e.stage === "BLOCKED") {
      const days = daysBetween(e.lastActivityAt, now);
      const reason = e.stageReason?.replace(/[.\s]+$/, "");
      warnings.push({
        ...at(e),
        kind: "blocked",
        text: msg("engagements.warnings.blocked", { ...who, days, hasReason: e.stageReason == null ? "no" : "yes", reason: reason ?? "" }),
      });
    }
    const lead = leadByService.get(e.service);
    if (!e.isLead && lead && isAheadOf(e, lead)) {
      warnings.push({
        ...at(e),
        kind: "partnerAhead",
        text: msg("engagements.warnings.partnerAhead", { ...who, stage: e.stage, ...leadStageValues(lead) }),
      });
    }
    if (isOverdue(e.dueDate, e.stage, today)) {
      const days = daysBetween(new Date(`${isoDate(e.dueDate!)}T00:00:00Z`), new Date(`${today}T00:00:00Z`));
      warnings.push({
        ...at(e),
        kind: "overdue",
        text: msg("engagements.warnings.overdue", { ...who, due: formatDay(e.dueDate!, reader), days, stage: e.stage }),
      });
    }
    if (e.stage !== "BLOCKED" && isStale(e.lastActivityAt, e.stage, staleAfterDays, now)) {
      const days = daysBetween(e.lastActivityAt, now);
      warnings.push({
        ...at(e),
        kind: "stale",
        text: msg("engagements.warnings.stale", { ...who, days, threshold: staleAfterDays }),
      });
    }
  }
  const order: Record<WarningKind, number> = { blocked: 0, partnerAhead: 1, overdue: 2, stale: 3 };
  return warnings.sort((a, b) => order[a.kind] - order[b.kind] || serviceRank(a.service) - serviceRank(b.service));
}

/**
 * How far an engagement has got, for comparing a partner with the lead: the main line's position;
 * a Blocked engagement counts at the stage it was blocked in (that is how far the consultation got,
 * and unblocking returns there); Not applicable has no position (null): there is nothing to align
 * with, or nothing running ahead, so it is never compared.
 */
function progressRank(stage: EngagementStage, blockedFromStage: EngagementStage | null): number | null {
  if (stage === "NOT_APPLICABLE") return null;
  return stageRank(stage, blockedFromStage);
}

/** A partner's engagement is ahead when it has got further along the main line than the lead's engagement of the same service. */
function isAheadOf(
  partner: Pick<NextStepEngagement, "stage" | "blockedFromStage">,
  lead: Pick<NextStepEngagement, "stage" | "blockedFromStage">,
): boolean {
  const mine = progressRank(partner.stage, partner.blockedFromStage);
  const theirs = progressRank(lead.stage, lead.blockedFromStage);
  return mine != null && theirs != null && mine > theirs;
}

/** The lead's stage as the partner-ahead warning shows it: "Blocked while <stage>" when it was blocked in one ("none" otherwise). */
function leadStageValues(lead: NextStepEngagement) {
  return {
    leadStage: lead.stage,
    leadBlockedFrom: lead.stage === "BLOCKED" && lead.blockedFromStage ? lead.blockedFromStage : "none",
  };
}

/** Puts what concerns this person first (their institution, or their services there), keeping the order otherwise. */
export function mineFirst<T extends { institutionId: string; service: Service }>(items: readonly T[], mine: (item: T) => boolean): T[] {
  return [...items.filter(mine), ...items.filter((i) => !mine(i))];
}

export type ProgressCounts = { total: number; done: number; percentDone: number; byStage: Record<EngagementStage, number> };

export function emptyProgressCounts(): ProgressCounts {
  return {
    total: 0,
    done: 0,
    percentDone: 0,
    byStage: { NOT_CONTACTED: 0, CONTACTED: 0, IN_CONSULTATION: 0, ADVICE_RECEIVED: 0, SETTLED: 0, BLOCKED: 0, NOT_APPLICABLE: 0 },
  };
}

/** Counts per stage and the share settled or not applicable: overall, per institution, per service. */
export function summariseProgress(engagements: readonly { institutionId: string; service: Service; stage: EngagementStage }[]) {
  const overall = emptyProgressCounts();
  const byInstitution = new Map<string, ProgressCounts>();
  const byService = new Map<Service, ProgressCounts>();
  for (const e of engagements) {
    for (const counts of [overall, getOr(byInstitution, e.institutionId), getOr(byService, e.service)]) {
      counts.total++;
      counts.byStage[e.stage]++;
      if (isDone(e.stage)) counts.done++;
    }
  }
  for (const counts of [overall, ...byInstitution.values(), ...byService.values()])
    counts.percentDone = counts.total ? Math.round((100 * counts.done) / counts.total) : 0;
  return { overall, byInstitution, byService };
}

function getOr<K>(map: Map<K, ProgressCounts>, key: K): ProgressCounts {
  let counts = map.get(key);
  if (!counts) map.set(key, (counts = emptyProgressCounts()));
  return counts;
}
