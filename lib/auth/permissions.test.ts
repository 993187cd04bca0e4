// Every cell of the permission table, with the expected answers written out by hand (not read back
// from PERMISSIONS): each row below is what the product promises a role may do, per target.
import { describe, expect, it } from "vitest";
import {
  PERMISSIONS,
  can,
  hasRole,
  isMember,
  mayStartProgrammes,
  type ActorMembership,
  type PermissionTarget,
  type ProgrammeAction,
  type ProgrammeActor,
} from "./permissions";

const ME = "user-me";
const SOMEONE_ELSE = "user-other";
const OWN = "inst-own";
const OTHER = "inst-other";

/**
 * The target situations every cell is checked against, from the actor's point of view
 * (the actor acts for OWN and, as a task-force member, represents LEGAL).
 */
const TARGETS: [label: string, target: PermissionTarget][] = [
  ["own institution, own service, authored by me", { institutionId: OWN, service: "LEGAL", authorId: ME }],
  ["own institution, own service, authored by someone else", { institutionId: OWN, service: "LEGAL", authorId: SOMEONE_ELSE }],
  ["own institution, other service", { institutionId: OWN, service: "IT", authorId: SOMEONE_ELSE }],
  ["other institution, own service", { institutionId: OTHER, service: "LEGAL", authorId: SOMEONE_ELSE }],
  ["other institution, other service, authored by me", { institutionId: OTHER, service: "IT", authorId: ME }],
  ["no target (programme-wide)", {}],
];

// Y = allowed, . = refused, one character per TARGETS entry, in order.
const ANY = "YYYYYY";
const NONE = "......";
const OWN_INSTITUTION = "YYY...";
const OWN_SERVICE = "YY....";
const AUTHOR = "Y...Y.";

type Who = "teamLeader" | "partnerStaff" | "taskForce" | "platformAdmin" | "nonMember";

const EXPECTED: Record<ProgrammeAction, Record<Who, string>> = {
  "programme.view": { teamLeader: ANY, partnerStaff: ANY, taskForce: ANY, platformAdmin: NONE, nonMember: NONE },
  "programme.configure": { teamLeader: ANY, partnerStaff: NONE, taskForce: NONE, platformAdmin: ANY, nonMember: NONE },
  "engagement.move": { teamLeader: ANY, partnerStaff: OWN_INSTITUTION, taskForce: OWN_SERVICE, platformAdmin: NONE, nonMember: NONE },
  "engagement.edit": { teamLeader: ANY, partnerStaff: OWN_INSTITUTION, taskForce: OWN_SERVICE, platformAdmin: NONE, nonMember: NONE },
  "advice.log": { teamLeader: ANY, partnerStaff: OWN_INSTITUTION, taskForce: OWN_SERVICE, platformAdmin: NONE, nonMember: NONE },
  "advice.edit": { teamLeader: ANY, partnerStaff: OWN_INSTITUTION, taskForce: OWN_SERVICE, platformAdmin: NONE, nonMember: NONE },
  "advice.readShared": { teamLeader: ANY, partnerStaff: ANY, taskForce: ANY, platformAdmin: NONE, nonMember: NONE },
  "advice.readDraft": { teamLeader: ANY, partnerStaff: OWN_INSTITUTION, taskForce: OWN_INSTITUTION, platformAdmin: NONE, nonMember: NONE },
  "advice.restore": { teamLeader: ANY, partnerStaff: NONE, taskForce: NONE, platformAdmin: NONE, nonMember: NONE },
  "board.create": { teamLeader: ANY, partnerStaff: ANY, taskForce: ANY, platformAdmin: NONE, nonMember: NONE },
  "board.comment": { teamLeader: ANY, partnerStaff: ANY, taskForce: ANY, platformAdmin: NONE, nonMember: NONE },
  "board.move": { teamLeader: ANY, partnerStaff: NONE, taskForce: ANY, platformAdmin: NONE, nonMember: NONE },
  "board.assign": { teamLeader: ANY, partnerStaff: NONE, taskForce: ANY, platformAdmin: NONE, nonMember: NONE },
  "board.edit": { teamLeader: ANY, partnerStaff: NONE, taskForce: ANY, platformAdmin: NONE, nonMember: NONE },
  "board.editText": { teamLeader: ANY, partnerStaff: AUTHOR, taskForce: ANY, platformAdmin: NONE, nonMember: NONE },
  "audit.view": { teamLeader: ANY, partnerStaff: NONE, taskForce: NONE, platformAdmin: NONE, nonMember: NONE },
  "plan.edit": { teamLeader: ANY, partnerStaff: NONE, taskForce: NONE, platformAdmin: NONE, nonMember: NONE },
  "decision.propose": { teamLeader: ANY, partnerStaff: ANY, taskForce: NONE, platformAdmin: NONE, nonMember: NONE },
  "decision.revise": { teamLeader: ANY, partnerStaff: AUTHOR, taskForce: NONE, platformAdmin: NONE, nonMember: NONE },
  "decision.signOff": { teamLeader: OWN_INSTITUTION, partnerStaff: OWN_INSTITUTION, taskForce: NONE, platformAdmin: NONE, nonMember: NONE },
  "obstacle.edit": { teamLeader: ANY, partnerStaff: OWN_INSTITUTION, taskForce: OWN_SERVICE, platformAdmin: NONE, nonMember: NONE },
};

const membership = (role: ActorMembership["role"], services: ActorMembership["services"] = []): ActorMembership => ({
  role,
  institutionId: OWN,
  services,
});
const actor = (memberships: ActorMembership[], isPlatformAdmin = false): ProgrammeActor => ({ userId: ME, isPlatformAdmin, memberships });

const ACTORS: Record<Who, ProgrammeActor> = {
  teamLeader: actor([membership("TEAM_LEADER")]),
  partnerStaff: actor([membership("PARTNER_STAFF")]),
  taskForce: actor([membership("TASK_FORCE", ["LEGAL"])]),
  platformAdmin: actor([], true),
  nonMember: actor([]),
};

const outcomes = (who: ProgrammeActor, action: ProgrammeAction) =>
  TARGETS.map(([, target]) => (can(who, action, target) ? "Y" : ".")).join("");

describe("the permission table", () => {
  it("has an expectation for every action and nothing more", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(PERMISSIONS).sort());
  });

  for (const action of Object.keys(EXPECTED) as ProgrammeAction[]) {
    describe(action, () => {
      for (const who of Object.keys(ACTORS) as Who[]) {
        it(`${who}: ${TARGETS.map(([label], i) => `${label} ${EXPECTED[action][who][i] === "Y" ? "allowed" : "refused"}`).join("; ")}`, () => {
          expect(outcomes(ACTORS[who], action)).toBe(EXPECTED[action][who]);
        });
      }
    });
  }
});

describe("scopes at their edges", () => {
  it("refuses institution-scoped actions when the target has no institution", () => {
    expect(can(ACTORS.partnerStaff, "engagement.move", { institutionId: null, service: "LEGAL" })).toBe(false);
    expect(can(ACTORS.taskForce, "advice.readDraft", { institutionId: undefined })).toBe(false);
  });

  it("refuses service-scoped actions when the target has no service", () => {
    expect(can(ACTORS.taskForce, "engagement.move", { institutionId: OWN, service: null })).toBe(false);
  });

  it("refuses author-scoped actions when the target has no author", () => {
    expect(can(ACTORS.partnerStaff, "board.editText", { authorId: null })).toBe(false);
  });

  it("lets a task-force member who represents two services act on both, and only those", () => {
    const both = actor([membership("TASK_FORCE", ["LEGAL", "IT"])]);
    expect(can(both, "advice.log", { institutionId: OWN, service: "LEGAL" })).toBe(true);
    expect(can(both, "advice.log", { institutionId: OWN, service: "IT" })).toBe(true);
    expect(can(both, "advice.log", { institutionId: OWN, service: "STUDENT_ADMINISTRATION" })).toBe(false);
  });

  it("grants the union of a person's memberships (partner staff at one institution, task force at another)", () => {
    const twoHats = actor([membership("PARTNER_STAFF"), { role: "TASK_FORCE", institutionId: OTHER, services: ["IT"] }]);
    expect(can(twoHats, "engagement.move", { institutionId: OWN, service: "LEGAL" })).toBe(true);
    expect(can(twoHats, "engagement.move", { institutionId: OTHER, service: "IT" })).toBe(true);
    expect(can(twoHats, "engagement.move", { institutionId: OTHER, service: "LEGAL" })).toBe(false);
    expect(can(twoHats, "board.move")).toBe(true);
    expect(can(twoHats, "audit.view")).toBe(false);
  });

  it("gives a platform admin who is also a member both sets of rights", () => {
    const adminStaff = actor([membership("PARTNER_STAFF")], true);
    expect(can(adminStaff, "programme.configure")).toBe(true);
    expect(can(adminStaff, "engagement.move", { institutionId: OWN, service: "IT" })).toBe(true);
    expect(can(adminStaff, "engagement.move", { institutionId: OTHER, service: "IT" })).toBe(false);
    expect(can(adminStaff, "audit.view")).toBe(false);
  });
});

describe("membership helpers", () => {
  it("isMember is true only with at least one membership", () => {
    expect(isMember(ACTORS.teamLeader)).toBe(true);
    expect(isMember(ACTORS.platformAdmin)).toBe(false);
    expect(isMember(ACTORS.nonMember)).toBe(false);
  });

  it("hasRole looks at the roles held in this programme", () => {
    expect(hasRole(ACTORS.taskForce, "TASK_FORCE")).toBe(true);
    expect(hasRole(ACTORS.taskForce, "TEAM_LEADER")).toBe(false);
    expect(hasRole(ACTORS.platformAdmin, "TEAM_LEADER")).toBe(false);
  });
});

describe("who may start a programme", () => {
  const person = (isPlatformAdmin: boolean, isProgrammeCreator: boolean) => ({ isPlatformAdmin, isProgrammeCreator });
  it("by default: platform admins and programme creators, nobody else", () => {
    expect(mayStartProgrammes(person(true, false), "CREATORS")).toBe(true);
    expect(mayStartProgrammes(person(false, true), "CREATORS")).toBe(true);
    expect(mayStartProgrammes(person(false, false), "CREATORS")).toBe(false);
  });
  it("opened to everyone: anyone signed in", () => {
    expect(mayStartProgrammes(person(false, false), "EVERYONE")).toBe(true);
  });
});
