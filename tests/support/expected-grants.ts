// What the product promises each role may do in a programme, written out by hand for the
// authorization matrix — deliberately NOT read from lib/auth/permissions.ts, so that widening a
// grant in the app's table alone makes tests/integration/authorization-matrix.test.ts fail.
import type { ActorMembership, PermissionTarget, ProgrammeAction, ProgrammeActor, Scope } from "@/lib/auth/permissions";

type Grant = { TEAM_LEADER?: Scope; PARTNER_STAFF?: Scope; TASK_FORCE?: Scope; platformAdmin?: true };

const EVERY_MEMBER = { TEAM_LEADER: "any", PARTNER_STAFF: "any", TASK_FORCE: "any" } as const;
const OWN_ENGAGEMENTS = { TEAM_LEADER: "any", PARTNER_STAFF: "ownInstitution", TASK_FORCE: "ownService" } as const;
const TASK_FORCE_AND_LEADER = { TEAM_LEADER: "any", TASK_FORCE: "any" } as const;

export const EXPECTED_GRANTS: Record<ProgrammeAction, Grant> = {
  "programme.view": EVERY_MEMBER,
  "programme.configure": { TEAM_LEADER: "any", platformAdmin: true },
  "engagement.move": OWN_ENGAGEMENTS,
  "engagement.edit": OWN_ENGAGEMENTS,
  "advice.log": OWN_ENGAGEMENTS,
  "advice.edit": OWN_ENGAGEMENTS,
  "advice.readShared": EVERY_MEMBER,
  "advice.readDraft": { TEAM_LEADER: "any", PARTNER_STAFF: "ownInstitution", TASK_FORCE: "ownInstitution" },
  "advice.restore": { TEAM_LEADER: "any" },
  "board.create": EVERY_MEMBER,
  "board.comment": EVERY_MEMBER,
  "board.move": TASK_FORCE_AND_LEADER,
  "board.assign": TASK_FORCE_AND_LEADER,
  "board.edit": TASK_FORCE_AND_LEADER,
  "board.editText": { TEAM_LEADER: "any", TASK_FORCE: "any", PARTNER_STAFF: "author" },
  "audit.view": { TEAM_LEADER: "any" },
  "plan.edit": { TEAM_LEADER: "any" },
  "decision.propose": { TEAM_LEADER: "any", PARTNER_STAFF: "any" },
  "decision.revise": { TEAM_LEADER: "any", PARTNER_STAFF: "author" },
  "decision.signOff": { TEAM_LEADER: "ownInstitution", PARTNER_STAFF: "ownInstitution" },
  "obstacle.edit": OWN_ENGAGEMENTS,
};

function reaches(scope: Scope, actor: ProgrammeActor, membership: ActorMembership, target: PermissionTarget): boolean {
  if (scope === "any") return true;
  if (scope === "author") return !!target.authorId && target.authorId === actor.userId;
  const ownInstitution = !!target.institutionId && target.institutionId === membership.institutionId;
  if (scope === "ownInstitution") return ownInstitution;
  return ownInstitution && !!target.service && membership.services.includes(target.service);
}

/** Whether the promise above lets this person do `action` to `target`. */
export function expectedToAllow(actor: ProgrammeActor, action: ProgrammeAction, target: PermissionTarget): boolean {
  const grant = EXPECTED_GRANTS[action];
  if (actor.isPlatformAdmin && grant.platformAdmin) return true;
  return actor.memberships.some((membership) => {
    const scope = grant[membership.role];
    return scope !== undefined && reaches(scope, actor, membership, target);
  });
}
