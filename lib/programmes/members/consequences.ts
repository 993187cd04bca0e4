import type { MemberRole, Service } from "@/lib/generated/prisma/enums";
import { inGuideOrder } from "@/lib/domain/services";
import { msg, type Message } from "@/lib/i18n/message";
import type { MemberImpact } from "./data";

/** Roles that may be assigned board issues; the same rule lib/board enforces. */
export const ASSIGNABLE_ROLES: readonly MemberRole[] = ["TEAM_LEADER", "TASK_FORCE"];

type Say = (message: Message) => string;

/** ["LEGAL", "IT"] → "IT, Legal": services in the guide's order, named in the language of `say`. */
export function nameServices(services: readonly Service[], say: Say): string {
  return inGuideOrder(services)
    .map((s) => say(msg(`domain.service.${s}`)))
    .join(", ");
}

/**
 * What removing one role of a person does, in the words the confirmation shows (in the language of
 * `say`). Mirrors what removeMember hands back: issues when no role left may hold them, engagements
 * when they leave.
 */
export function describeRemoval(
  member: {
    name: string;
    role: MemberRole;
    services: readonly Service[];
    otherRoles: readonly MemberRole[];
    impact: MemberImpact;
  },
  say: Say,
): string[] {
  const { name, otherRoles } = member;
  const leaves = otherRoles.length === 0;
  const keepsIssues = otherRoles.some((r) => ASSIGNABLE_ROLES.includes(r));
  const [first, second] = otherRoles;
  const lines = [
    !first
      ? msg("programmes.removal.leaves", { name })
      : !second
        ? msg("programmes.removal.staysAs", { name, role: first })
        : msg("programmes.removal.staysAsBoth", { name, first, second }),
  ];
  if (member.role === "TASK_FORCE" && member.services.length > 0) {
    lines.push(msg("programmes.removal.seatsFreed", { services: nameServices(member.services, say) }));
  }
  const issues = member.impact.openAssignedIssues;
  if (!keepsIssues && issues > 0) lines.push(msg("programmes.removal.issuesUnassigned", { count: issues }));
  const engagements = member.impact.ownedEngagements;
  if (leaves && engagements > 0) lines.push(msg("programmes.removal.engagementsUnowned", { count: engagements }));
  lines.push(msg("programmes.removal.writingStays"));
  return lines.map(say);
}
