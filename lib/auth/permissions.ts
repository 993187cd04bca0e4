// Who may do what inside a programme: ONE table, used by every server action and every page.
// Roles come from the database (Membership rows) on every request, never from the session.
import type { MemberRole, ProgrammeStarters, Service } from "@/lib/generated/prisma/enums";

/**
 * How far a role's grant reaches:
 * - any: every target in the programme;
 * - ownInstitution: targets of the institution the member acts for;
 * - ownService: targets of a service the member represents, at the member's institution;
 * - author: targets the member created.
 */
export type Scope = "any" | "ownInstitution" | "ownService" | "author";

export const PERMISSIONS = {
  "programme.view": { TEAM_LEADER: "any", PARTNER_STAFF: "any", TASK_FORCE: "any" },
  /** Programme settings, partners (add, archive, restore) and members, task-force seats included. */
  "programme.configure": { TEAM_LEADER: "any" },
  "engagement.move": { TEAM_LEADER: "any", PARTNER_STAFF: "ownInstitution", TASK_FORCE: "ownService" },
  "engagement.edit": { TEAM_LEADER: "any", PARTNER_STAFF: "ownInstitution", TASK_FORCE: "ownService" },
  "advice.log": { TEAM_LEADER: "any", PARTNER_STAFF: "ownInstitution", TASK_FORCE: "ownService" },
  "advice.edit": { TEAM_LEADER: "any", PARTNER_STAFF: "ownInstitution", TASK_FORCE: "ownService" },
  "advice.readShared": { TEAM_LEADER: "any", PARTNER_STAFF: "any", TASK_FORCE: "any" },
  "advice.readDraft": { TEAM_LEADER: "any", PARTNER_STAFF: "ownInstitution", TASK_FORCE: "ownInstitution" },
  "advice.restore": { TEAM_LEADER: "any" },
  "board.create": { TEAM_LEADER: "any", PARTNER_STAFF: "any", TASK_FORCE: "any" },
  "board.comment": { TEAM_LEADER: "any", PARTNER_STAFF: "any", TASK_FORCE: "any" },
  "board.move": { TEAM_LEADER: "any", TASK_FORCE: "any" },
  "board.assign": { TEAM_LEADER: "any", TASK_FORCE: "any" },
  /** All fields of a board issue: status, assignee, priority, services, links… */
  "board.edit": { TEAM_LEADER: "any", TASK_FORCE: "any" },
  /** Title and description only: the author may fix their own issue's text. */
  "board.editText": { TEAM_LEADER: "any", TASK_FORCE: "any", PARTNER_STAFF: "author" },
  "audit.view": { TEAM_LEADER: "any" },
  /** A plan step's status, owner and target date (step 5's status follows the matrix). */
  "plan.edit": { TEAM_LEADER: "any" },
  "decision.propose": { TEAM_LEADER: "any", PARTNER_STAFF: "any" },
  /** A new version of the proposal, which asks every partner again; withdrawing it. */
  "decision.revise": { TEAM_LEADER: "any", PARTNER_STAFF: "author" },
  /** Answering for an institution: its programme-team member, or the team leader for the lead institution. */
  "decision.signOff": { TEAM_LEADER: "ownInstitution", PARTNER_STAFF: "ownInstitution" },
  /** Raising an obstacle and walking it along its pathway: the legal service of its institution, that institution's programme-team member, the team leader. */
  "obstacle.edit": { TEAM_LEADER: "any", PARTNER_STAFF: "ownInstitution", TASK_FORCE: "ownService" },
} as const satisfies Record<string, Partial<Record<MemberRole, Scope>>>;

export type ProgrammeAction = keyof typeof PERMISSIONS;

/**
 * Programme actions a platform admin may take in any programme without being a member:
 * setting a programme up (partners, members) so its team leader can take over.
 */
export const PLATFORM_ADMIN_ACTIONS: readonly ProgrammeAction[] = ["programme.configure"];

export type ActorMembership = { role: MemberRole; institutionId: string; services: readonly Service[] };

export type ProgrammeActor = {
  userId: string;
  isPlatformAdmin: boolean;
  /** This person's memberships in the programme in question (empty for non-members). */
  memberships: readonly ActorMembership[];
};

/** What an action is aimed at; ids come from the database row, never from the request. */
export type PermissionTarget = { institutionId?: string | null; service?: Service | null; authorId?: string | null };

function scopeAllows(scope: Scope, actor: ProgrammeActor, membership: ActorMembership, target: PermissionTarget) {
  switch (scope) {
    case "any":
      return true;
    case "ownInstitution":
      return target.institutionId != null && target.institutionId === membership.institutionId;
    case "ownService":
      return (
        target.institutionId != null &&
        target.institutionId === membership.institutionId &&
        target.service != null &&
        membership.services.includes(target.service)
      );
    case "author":
      return target.authorId != null && target.authorId === actor.userId;
  }
}

export function can(actor: ProgrammeActor, action: ProgrammeAction, target: PermissionTarget = {}): boolean {
  if (actor.isPlatformAdmin && PLATFORM_ADMIN_ACTIONS.includes(action)) return true;
  const grants: Partial<Record<MemberRole, Scope>> = PERMISSIONS[action];
  return actor.memberships.some((membership) => {
    const scope = grants[membership.role];
    return scope !== undefined && scopeAllows(scope, actor, membership, target);
  });
}

export function isMember(actor: ProgrammeActor): boolean {
  return actor.memberships.length > 0;
}

export function hasRole(actor: ProgrammeActor, role: MemberRole): boolean {
  return actor.memberships.some((m) => m.role === role);
}

/**
 * Who may start a programme (and so become its team leader): platform admins always; everyone else
 * as the platform setting says — only people an admin marked as programme creators (the default), or
 * anyone signed in.
 */
export function mayStartProgrammes(user: { isPlatformAdmin: boolean; isProgrammeCreator: boolean }, starters: ProgrammeStarters): boolean {
  return user.isPlatformAdmin || user.isProgrammeCreator || starters === "EVERYONE";
}
