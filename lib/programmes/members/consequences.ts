import type { MemberRole, Service } from "@/lib/generated/prisma/enums";
import { ROLE_LABELS } from "@/lib/domain/labels";
import { inGuideOrder, SERVICE_LABELS } from "@/lib/domain/services";
import type { MemberImpact } from "./data";

/** Roles that may be assigned board issues; the same rule lib/board enforces. */
export const ASSIGNABLE_ROLES: readonly MemberRole[] = ["TEAM_LEADER", "TASK_FORCE"];

const count = (n: number, one: string, many: string) => `${n === 1 ? "The" : `The ${n}`} ${n === 1 ? one : many}`;

/**
 * What removing one role of a person does, in the words the confirmation shows. Mirrors what
 * removeMember hands back: issues when no role left may hold them, engagements when they leave.
 */
export function describeRemoval(member: {
  name: string;
  role: MemberRole;
  services: readonly Service[];
  otherRoles: readonly MemberRole[];
  impact: MemberImpact;
}): string[] {
  const leaves = member.otherRoles.length === 0;
  const keepsIssues = member.otherRoles.some((r) => ASSIGNABLE_ROLES.includes(r));
  const lines = [
    leaves
      ? `${member.name} leaves the programme and can no longer open it.`
      : `${member.name} stays in the programme as ${member.otherRoles.map((r) => ROLE_LABELS[r].toLowerCase()).join(" and ")}.`,
  ];
  if (member.role === "TASK_FORCE" && member.services.length > 0) {
    lines.push(
      `Their task-force seats are freed: ${inGuideOrder(member.services)
        .map((s) => SERVICE_LABELS[s])
        .join(", ")}.`,
    );
  }
  const issues = member.impact.openAssignedIssues;
  if (!keepsIssues && issues > 0)
    lines.push(`${count(issues, "open issue assigned to them becomes", "open issues assigned to them become")} unassigned.`);
  const engagements = member.impact.ownedEngagements;
  if (leaves && engagements > 0)
    lines.push(`${count(engagements, "engagement they own is left", "engagements they own are left")} without an owner.`);
  lines.push("Advice, comments and history they wrote stay, under their name.");
  return lines;
}
