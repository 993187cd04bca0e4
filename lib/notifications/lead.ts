// The guide: the lead institution first, then the partners. A partner running ahead of the lead for a
// service is worth the team leader's attention — judged exactly as the tracker's warnings judge it
// (lib/engagements/next-steps.ts), and news only when a change makes it so.
import type { EngagementStage } from "@/lib/generated/prisma/enums";
import { computeWarnings, type NextStepEngagement } from "@/lib/engagements/next-steps";

function aheadOfLead(engagements: readonly NextStepEngagement[], now: Date): Set<string> {
  // Only the partner-ahead warnings matter here; staleness is left out.
  const warnings = computeWarnings(engagements, { staleAfterDays: Number.MAX_SAFE_INTEGER, now });
  return new Set(warnings.filter((w) => w.kind === "partnerAhead").map((w) => w.engagementId));
}

/**
 * The partner engagements (of one service) that are ahead of the lead's now and were not before the
 * change of `changed` — a partner that moved past the lead, or partners the lead fell behind.
 */
export function partnersNewlyAhead(
  engagements: readonly NextStepEngagement[],
  changed: { id: string; before: { stage: EngagementStage; blockedFromStage: EngagementStage | null } },
  now: Date,
): NextStepEngagement[] {
  const after = aheadOfLead(engagements, now);
  if (after.size === 0) return [];
  const before = aheadOfLead(
    engagements.map((e) => (e.id === changed.id ? { ...e, ...changed.before } : e)),
    now,
  );
  return engagements.filter((e) => after.has(e.id) && !before.has(e.id));
}
