// Who may read and change which advice entry, on top of the shared permission table.
import { can, hasRole, PERMISSIONS, type ProgrammeActor } from "@/lib/auth/permissions";
import type { AdviceVisibility, Service } from "@/lib/generated/prisma/enums";

type AdviceTarget = { institutionId: string; service: Service; visibility: AdviceVisibility; deletedAt?: Date | null };

/** Shared entries: every member. Drafts: the team leader and that institution's members. */
export function canReadAdvice(actor: ProgrammeActor, entry: AdviceTarget): boolean {
  const target = { institutionId: entry.institutionId, service: entry.service };
  if (entry.visibility === "SHARED" && can(actor, "advice.readShared", target)) return true;
  return can(actor, "advice.readDraft", target);
}

export function canEditAdvice(actor: ProgrammeActor, entry: AdviceTarget): boolean {
  return canReadAdvice(actor, entry) && can(actor, "advice.edit", { institutionId: entry.institutionId, service: entry.service });
}

export function canLogAdvice(actor: ProgrammeActor, engagement: { institutionId: string; service: Service }): boolean {
  return can(actor, "advice.log", engagement);
}

/** Whether the person acts as team leader for this entry (recorded on the entry). */
export function logsAsTeamLeader(actor: ProgrammeActor, engagement: { institutionId: string; service: Service }): boolean {
  if (!hasRole(actor, "TEAM_LEADER")) return false;
  // A team leader who also acts for the institution in another role is recorded in that role.
  return !actor.memberships.some(
    (m) =>
      m.role !== "TEAM_LEADER" &&
      PERMISSIONS["advice.log"][m.role] !== undefined &&
      can({ ...actor, memberships: [m] }, "advice.log", engagement),
  );
}

/**
 * The draft entries a person may read, as conditions over (institutionId, service):
 * "all" or a list of institutions (optionally limited to services).
 */
export function draftReadScope(actor: ProgrammeActor): "all" | { institutionId: string; services: readonly Service[] | null }[] {
  const grants: Partial<Record<string, string>> = PERMISSIONS["advice.readDraft"];
  const scopes: { institutionId: string; services: readonly Service[] | null }[] = [];
  for (const m of actor.memberships) {
    const scope = grants[m.role];
    if (scope === "any") return "all";
    if (scope === "ownInstitution") scopes.push({ institutionId: m.institutionId, services: null });
    if (scope === "ownService") scopes.push({ institutionId: m.institutionId, services: m.services });
  }
  return scopes;
}
