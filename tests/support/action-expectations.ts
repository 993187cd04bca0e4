// The expectations table of the authorization matrix and the fuzz tests: for EVERY exported server
// action, which permission-table row governs it and how to build a valid input aimed at a chosen
// institution (A or B) and service (S or T) of the test world. A new action without a row here fails
// tests/integration/authorization-matrix.test.ts, naming the action.
import { createHash } from "node:crypto";
import { db } from "@/lib/db";
import { isMember, type PermissionTarget, type ProgrammeAction } from "@/lib/auth/permissions";
import { loadProgrammeActor } from "@/lib/programmes/data";
import { archivePartner } from "@/lib/programmes/mutations";
import type { Service } from "@/lib/generated/prisma/enums";
import { NOTIFICATION_KINDS, DEFAULT_DELIVERY } from "@/lib/notifications/kinds";
import { unsubscribeToken } from "@/lib/notifications/unsubscribe";
import {
  createBoardIssue,
  createDecision,
  createNotification,
  createObstacle,
  createInstitution,
  createUser,
  DEMO_PASSWORD,
  findEngagement,
  logAdviceEntry,
  type World,
} from "@/tests/factories";
import { createInvitation, createPasswordlessUser, issueLink } from "@/tests/factories/accounts";
import { expectedToAllow } from "./expected-grants";
import { SAMPLE_FILES } from "./sample-files";
import { TEST_CLIENT, testIdentityProviders } from "./identity-providers";
import { sealSecret } from "@/lib/sso/secret";

export const SERVICE_S: Service = "LEGAL"; // legalB represents it at B
export const SERVICE_T: Service = "TEACHING_AND_LEARNING"; // nobody represents it

export type Aim = { institution: "A" | "B"; service: "S" | "T" };
export type Person = {
  id: string;
  name: string;
  email: string;
  institutionId: string | null;
  isPlatformAdmin: boolean;
  isProgrammeCreator: boolean;
};
export type BuildContext = { world: World; aim: Aim; actor: Person | null };
export type Built = { input: Record<string, unknown> | FormData; programmeId?: string; target?: PermissionTarget };

/**
 * public: anyone, signed in or not; signedIn: any signed-in person; programmeStarter: platform admins
 * and programme creators (the platform's default setting, which the test world keeps); platformAdmin:
 * platform admins only; otherwise a row of PERMISSIONS in lib/auth/permissions.ts.
 */
export type Governance = ProgrammeAction | "platformAdmin" | "programmeStarter" | "signedIn" | "public";

export type ActionExpectation = {
  governedBy: Governance;
  build: (ctx: BuildContext) => Promise<Built>;
  /**
   * Permissions the action declares for part of its input (lib/actions/define.ts, `secondary`): for
   * each, an input that uses that part. Such a call needs the main permission and this one.
   */
  secondary?: Partial<Record<ProgrammeAction, (ctx: BuildContext) => Promise<Built>>>;
  /** Whether a permitted call writes to the database (default: yes). */
  writes?: (actor: Person | null) => boolean;
};

let unique = 0;
const next = () => `${Date.now().toString(36)}${++unique}`;
const institutionOf = (world: World, aim: Aim) => (aim.institution === "A" ? world.partnerA : world.partnerB);
const staffOf = (world: World, aim: Aim) => (aim.institution === "A" ? world.staffA : world.staffB);
const serviceOf = (aim: Aim) => (aim.service === "S" ? SERVICE_S : SERVICE_T);
const yesterday = () => new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);

export async function engagementFor(ctx: BuildContext) {
  const row = await findEngagement(ctx.world.programme.id, institutionOf(ctx.world, ctx.aim).id, serviceOf(ctx.aim));
  const { version } = await db.engagement.findUniqueOrThrow({ where: { id: row.id }, select: { version: true } });
  return { ...row, version, target: { institutionId: row.institutionId, service: row.service } };
}

async function adviceFor(ctx: BuildContext, options: { visibility?: "SHARED" | "INSTITUTION_DRAFT"; removed?: boolean } = {}) {
  const engagement = await engagementFor(ctx);
  const entry = await logAdviceEntry({
    engagementId: engagement.id,
    authorId: staffOf(ctx.world, ctx.aim).id,
    givenDaysAgo: 3,
    givenByName: "Dr. Registrar",
    summary: "Diploma supplement needs both logos",
    kind: "REQUIREMENT",
    visibility: options.visibility ?? "SHARED",
  });
  if (options.removed)
    await db.adviceEntry.update({
      where: { id: entry.id },
      data: { deletedAt: new Date(), deletedById: ctx.world.leader.id, deleteReason: "Duplicate", version: { increment: 1 } },
    });
  const { version } = await db.adviceEntry.findUniqueOrThrow({ where: { id: entry.id }, select: { version: true } });
  return { id: entry.id, version, programmeId: ctx.world.programme.id, target: engagement.target };
}

async function issueFor(ctx: BuildContext, status: "OPEN" | "RESOLVED" = "OPEN") {
  const author = staffOf(ctx.world, ctx.aim);
  const issue = await createBoardIssue({
    programmeId: ctx.world.programme.id,
    authorId: author.id,
    createdDaysAgo: 2,
    title: "Grading scale conversion unclear",
    services: [serviceOf(ctx.aim)],
    institutionId: institutionOf(ctx.world, ctx.aim).id,
    status,
    ...(status === "RESOLVED" ? { resolutionNote: "Agreed on the ECTS table." } : {}),
  });
  const { version } = await db.boardIssue.findUniqueOrThrow({ where: { id: issue.id }, select: { version: true } });
  return {
    id: issue.id,
    version,
    programmeId: ctx.world.programme.id,
    target: { institutionId: institutionOf(ctx.world, ctx.aim).id, authorId: author.id },
  };
}

/**
 * A notification in the inbox of the person acting (or of someone, for an anonymous caller). About
 * no programme, so the inbox shows it to everyone: people outside the matrix's programme included.
 */
const ownNotification = (ctx: BuildContext) => createNotification({ userId: (ctx.actor ?? ctx.world.staffA).id, href: "/programmes" });

/** The admin form of an identity provider at the worker's test issuer A, serving the aimed-at institution. */
async function providerInput(ctx: BuildContext) {
  const { a } = await testIdentityProviders();
  return {
    displayName: "Partner University",
    slug: `uni-${next()}`.slice(0, 40),
    issuer: a.issuer,
    clientId: TEST_CLIENT.clientId,
    clientSecret: TEST_CLIENT.clientSecret,
    domains: "uni-a.example",
    institutionIds: [institutionOf(ctx.world, ctx.aim).id],
    allowJustInTime: false,
    newAccountInstitutionId: "",
  };
}

/** A stored provider at issuer A (the only one: issuers are unique), serving the aimed-at institution. */
async function storedProvider(ctx: BuildContext) {
  await db.identityProvider.deleteMany();
  const { clientSecret, institutionIds, newAccountInstitutionId: _none, ...fields } = await providerInput(ctx);
  return db.identityProvider.create({
    data: {
      ...fields,
      domains: [fields.domains],
      clientSecretSealed: sealSecret(clientSecret),
      institutions: { create: institutionIds.map((institutionId) => ({ institutionId })) },
    },
    select: { id: true },
  });
}

const configure = (input: Record<string, unknown>, world: World): Built => ({ input, programmeId: world.programme.id, target: {} });

/** An invitation for the person calling (or for someone, when nobody is signed in): partner staff at A in the other programme. */
const invitationOf = (ctx: BuildContext) =>
  createInvitation({
    programmeId: ctx.world.otherProgramme.id,
    userId: (ctx.actor ?? ctx.world.staffA).id,
    invitedById: ctx.world.outsider.id,
    institutionId: ctx.world.partnerA.id,
  });

/** A new person invited to this programme, not answered yet. */
const pendingInvitation = async (ctx: BuildContext) =>
  createInvitation({
    programmeId: ctx.world.programme.id,
    userId: (await createPasswordlessUser({ institutionId: institutionOf(ctx.world, ctx.aim).id })).id,
    invitedById: ctx.world.leader.id,
    institutionId: institutionOf(ctx.world, ctx.aim).id,
  });

export const ACTION_EXPECTATIONS: Record<string, ActionExpectation> = {
  // ── engagements ────────────────────────────────────────────────────────────────────────────────
  "engagements/moveEngagement": {
    governedBy: "engagement.move",
    build: async (ctx) => {
      const e = await engagementFor(ctx);
      return {
        input: { engagementId: e.id, to: "CONTACTED", version: e.version, note: "Wrote to the registrar." },
        programmeId: e.programmeId,
        target: e.target,
      };
    },
  },
  "engagements/updateEngagementDetails": {
    governedBy: "engagement.edit",
    build: async (ctx) => {
      const e = await engagementFor(ctx);
      return {
        input: {
          engagementId: e.id,
          version: e.version,
          contactName: "Rita Registrar",
          contactEmail: "rita@uni.example",
          note: "Prefers e-mail.",
        },
        programmeId: e.programmeId,
        target: e.target,
      };
    },
  },
  // ── advice ─────────────────────────────────────────────────────────────────────────────────────
  "advice/logAdviceAction": {
    governedBy: "advice.log",
    build: async (ctx) => {
      const e = await engagementFor(ctx);
      return {
        input: {
          engagementId: e.id,
          givenOn: yesterday(),
          givenByName: "Dr. Registrar",
          summary: "Joint diploma allowed",
          kind: "DECISION",
        },
        programmeId: e.programmeId,
        target: e.target,
      };
    },
  },
  "advice/editAdviceAction": {
    governedBy: "advice.edit",
    build: async (ctx) => {
      const a = await adviceFor(ctx);
      return {
        input: {
          adviceId: a.id,
          version: a.version,
          givenOn: yesterday(),
          givenByName: "Dr. Registrar",
          summary: "Diploma supplement needs all logos",
          kind: "REQUIREMENT",
        },
        programmeId: a.programmeId,
        target: a.target,
      };
    },
  },
  "advice/shareAdviceAction": {
    governedBy: "advice.edit",
    build: async (ctx) => {
      const a = await adviceFor(ctx, { visibility: "INSTITUTION_DRAFT" });
      return { input: { adviceId: a.id, version: a.version }, programmeId: a.programmeId, target: a.target };
    },
  },
  "advice/deleteAdviceAction": {
    governedBy: "advice.edit",
    build: async (ctx) => {
      const a = await adviceFor(ctx);
      return { input: { adviceId: a.id, version: a.version, reason: "Logged twice." }, programmeId: a.programmeId, target: a.target };
    },
  },
  "advice/restoreAdviceAction": {
    governedBy: "advice.restore",
    build: async (ctx) => {
      const a = await adviceFor(ctx, { removed: true });
      return { input: { adviceId: a.id, version: a.version }, programmeId: a.programmeId, target: a.target };
    },
  },
  "advice/removeAttachmentAction": {
    governedBy: "advice.edit",
    build: async (ctx) => {
      const a = await adviceFor(ctx);
      const content = SAMPLE_FILES.pdf;
      const attachment = await db.attachment.create({
        data: {
          adviceId: a.id,
          fileName: "letter.pdf",
          mimeType: "application/pdf",
          size: content.length,
          sha256: createHash("sha256").update(content).digest("hex"),
          content,
          uploadedById: staffOf(ctx.world, ctx.aim).id,
        },
      });
      return { input: { attachmentId: attachment.id }, programmeId: a.programmeId, target: a.target };
    },
  },
  "engagements/markAdviceReceivedAction": {
    governedBy: "engagement.move",
    build: async (ctx) => {
      const e = await engagementFor(ctx);
      return { input: { engagementId: e.id }, programmeId: e.programmeId, target: e.target };
    },
  },
  // ── board ──────────────────────────────────────────────────────────────────────────────────────
  "board/createIssueAction": {
    governedBy: "board.create",
    build: async (ctx) => ({
      input: {
        programmeId: ctx.world.programme.id,
        title: "Who signs the joint diploma?",
        services: [serviceOf(ctx.aim)],
        institutionId: institutionOf(ctx.world, ctx.aim).id,
      },
      programmeId: ctx.world.programme.id,
      target: { institutionId: institutionOf(ctx.world, ctx.aim).id },
    }),
    secondary: {
      // Choosing the assignee instead of taking the routing's proposal.
      "board.assign": async (ctx) => ({
        input: {
          programmeId: ctx.world.programme.id,
          title: "Who signs the joint diploma?",
          services: [serviceOf(ctx.aim)],
          institutionId: institutionOf(ctx.world, ctx.aim).id,
          assigneeId: ctx.world.leader.id,
        },
        programmeId: ctx.world.programme.id,
        target: { institutionId: institutionOf(ctx.world, ctx.aim).id },
      }),
    },
  },
  "board/moveIssueAction": {
    governedBy: "board.move",
    build: async (ctx) => {
      const i = await issueFor(ctx);
      return {
        input: { issueId: i.id, toStatus: "IN_PROGRESS", toIndex: 0, version: i.version },
        programmeId: i.programmeId,
        target: i.target,
      };
    },
  },
  "board/editIssueAction": {
    governedBy: "board.edit",
    build: async (ctx) => {
      const i = await issueFor(ctx);
      return {
        input: {
          issueId: i.id,
          version: i.version,
          title: "Grading scale conversion",
          description: "Which table?",
          services: [serviceOf(ctx.aim)],
          priority: "HIGH",
        },
        programmeId: i.programmeId,
        target: i.target,
      };
    },
  },
  "board/editIssueTextAction": {
    governedBy: "board.editText",
    build: async (ctx) => {
      const i = await issueFor(ctx);
      return {
        input: { issueId: i.id, version: i.version, title: "Grading scale conversion (ECTS)", description: "Which table applies?" },
        programmeId: i.programmeId,
        target: i.target,
      };
    },
  },
  "board/assignIssueAction": {
    governedBy: "board.assign",
    build: async (ctx) => {
      const i = await issueFor(ctx);
      return {
        input: { issueId: i.id, version: i.version, assigneeId: ctx.world.legalB.id },
        programmeId: i.programmeId,
        target: i.target,
      };
    },
  },
  "board/resolveIssueAction": {
    governedBy: "board.move",
    build: async (ctx) => {
      const i = await issueFor(ctx);
      return {
        input: { issueId: i.id, version: i.version, resolutionNote: "Agreed on the ECTS grading table." },
        programmeId: i.programmeId,
        target: i.target,
      };
    },
  },
  "board/closeIssueAction": {
    governedBy: "board.move",
    build: async (ctx) => {
      const i = await issueFor(ctx);
      return {
        input: { issueId: i.id, version: i.version, closeReason: "DUPLICATE", closeNote: "Same as #1." },
        programmeId: i.programmeId,
        target: i.target,
      };
    },
  },
  "board/reopenIssueAction": {
    governedBy: "board.move",
    build: async (ctx) => {
      const i = await issueFor(ctx, "RESOLVED");
      return { input: { issueId: i.id, version: i.version }, programmeId: i.programmeId, target: i.target };
    },
  },
  "board/commentIssueAction": {
    governedBy: "board.comment",
    build: async (ctx) => {
      const i = await issueFor(ctx);
      return { input: { issueId: i.id, body: "Our registrar uses the ECTS table." }, programmeId: i.programmeId, target: i.target };
    },
  },
  // ── programmes ─────────────────────────────────────────────────────────────────────────────────
  "programmes/createProgrammeAction": {
    governedBy: "programmeStarter",
    build: async (ctx) => ({
      input: {
        title: `Micro-credential ${next()}`,
        ects: 6,
        eqfLevel: 6,
        deliveryMode: "ONLINE",
        leadInstitutionId: ctx.actor?.institutionId ?? ctx.world.lead.id,
      },
    }),
  },
  "programmes/addPartnerAction": {
    governedBy: "programme.configure",
    build: async (ctx) => {
      const institution = await createInstitution({ name: `Partner C ${next()}` });
      return configure({ programmeId: ctx.world.programme.id, institutionId: institution.id }, ctx.world);
    },
  },
  "programmes/archivePartnerAction": {
    governedBy: "programme.configure",
    build: async (ctx) =>
      configure({ programmeId: ctx.world.programme.id, institutionId: institutionOf(ctx.world, ctx.aim).id }, ctx.world),
  },
  "programmes/restorePartnerAction": {
    governedBy: "programme.configure",
    build: async (ctx) => {
      const institutionId = institutionOf(ctx.world, ctx.aim).id;
      const partner = await db.programmePartner.findUniqueOrThrow({
        where: { programmeId_institutionId: { programmeId: ctx.world.programme.id, institutionId } },
      });
      if (!partner.archivedAt) await archivePartner(ctx.world.leader.id, ctx.world.programme.id, institutionId);
      return configure({ programmeId: ctx.world.programme.id, institutionId }, ctx.world);
    },
  },
  "programmes/updateProgrammeSettingsAction": {
    governedBy: "programme.configure",
    build: async (ctx) => configure({ programmeId: ctx.world.programme.id, staleAfterDays: 30 }, ctx.world),
  },
  "programmes/addMemberAction": {
    governedBy: "programme.configure",
    // Someone with an account at the partner, invited (an unknown address at another institution invites nobody).
    build: async (ctx) => {
      const person = await createUser({ name: "New Member", institutionId: institutionOf(ctx.world, ctx.aim).id });
      return configure(
        {
          programmeId: ctx.world.programme.id,
          email: person.email,
          name: "New Member",
          role: "PARTNER_STAFF",
          institutionId: institutionOf(ctx.world, ctx.aim).id,
        },
        ctx.world,
      );
    },
  },
  "programmes/updateProgrammeDetailsAction": {
    governedBy: "programme.configure",
    build: async (ctx) => {
      const { version } = await db.programme.findUniqueOrThrow({ where: { id: ctx.world.programme.id }, select: { version: true } });
      return configure(
        {
          programmeId: ctx.world.programme.id,
          version,
          title: "Joint Programme in Data Stewardship",
          summary: "",
          ects: 10,
          eqfLevel: 7,
          deliveryMode: "ONLINE",
          plannedStart: "",
          status: "DEVELOPMENT",
        },
        ctx.world,
      );
    },
  },
  "programmes/members/changeMemberRoleAction": {
    governedBy: "programme.configure",
    build: async (ctx) => {
      const m = await db.membership.findUniqueOrThrow({
        where: {
          programmeId_userId_role: { programmeId: ctx.world.programme.id, userId: staffOf(ctx.world, ctx.aim).id, role: "PARTNER_STAFF" },
        },
      });
      return configure({ membershipId: m.id, version: m.version, role: "TASK_FORCE", services: [serviceOf(ctx.aim)] }, ctx.world);
    },
  },
  "programmes/members/removeMemberAction": {
    governedBy: "programme.configure",
    build: async (ctx) => {
      const m = await db.membership.findUniqueOrThrow({
        where: {
          programmeId_userId_role: { programmeId: ctx.world.programme.id, userId: staffOf(ctx.world, ctx.aim).id, role: "PARTNER_STAFF" },
        },
      });
      return configure({ membershipId: m.id, version: m.version }, ctx.world);
    },
  },
  // ── task force ─────────────────────────────────────────────────────────────────────────────────
  "taskforce/addRepresentativeAction": {
    governedBy: "programme.configure",
    build: async (ctx) =>
      configure(
        { programmeId: ctx.world.programme.id, institutionId: ctx.world.partnerB.id, service: SERVICE_T, userId: ctx.world.legalB.id },
        ctx.world,
      ),
  },
  "taskforce/removeRepresentativeAction": {
    governedBy: "programme.configure",
    build: async (ctx) => {
      const seat = await db.taskForceRepresentation.findFirstOrThrow({
        where: { membership: { programmeId: ctx.world.programme.id, userId: ctx.world.legalB.id } },
      });
      return configure({ representationId: seat.id }, ctx.world);
    },
  },
  // ── invitations and password links (lib/accounts) ───────────────────────────────────────────────
  // Public: the link's token is what authorizes them, whoever is signed in (or nobody).
  "accounts/requestPasswordResetAction": {
    governedBy: "public",
    build: async (ctx) => ({ input: { email: staffOf(ctx.world, ctx.aim).email } }),
  },
  "accounts/resetPasswordAction": {
    governedBy: "public",
    build: async (ctx) => {
      const { token } = await issueLink(staffOf(ctx.world, ctx.aim).id, "RESET_PASSWORD");
      const newPassword = `a new password ${next()}`;
      return { input: { token, newPassword, confirmPassword: newPassword } };
    },
  },
  "accounts/acceptWelcomeAction": {
    governedBy: "public",
    build: async (ctx) => {
      const invitee = await createPasswordlessUser({ institutionId: institutionOf(ctx.world, ctx.aim).id });
      await createInvitation({
        programmeId: ctx.world.programme.id,
        userId: invitee.id,
        invitedById: ctx.world.leader.id,
        institutionId: institutionOf(ctx.world, ctx.aim).id,
      });
      const { token } = await issueLink(invitee.id, "SET_PASSWORD");
      const newPassword = `a first password ${next()}`;
      return { input: { token, newPassword, confirmPassword: newPassword } };
    },
  },
  // Signs out whoever is signed in and opens the welcome link: nothing of anyone's changes (Auth.js ends the session).
  "accounts/signOutToLinkAction": {
    governedBy: "public",
    build: async () => ({ input: { link: `/welcome/${"x".repeat(43)}` } }),
    writes: () => false,
  },
  // The invitee's own answer: an invitation for the person calling (to the other programme, where no one here holds that role).
  "accounts/acceptInvitationAction": {
    governedBy: "signedIn",
    build: async (ctx) => ({ input: { invitationId: (await invitationOf(ctx)).id } }),
  },
  "accounts/declineInvitationAction": {
    governedBy: "signedIn",
    build: async (ctx) => ({ input: { invitationId: (await invitationOf(ctx)).id } }),
  },
  // Following up on an invitation of this programme: whoever sets the programme up.
  "accounts/resendInvitationAction": {
    governedBy: "programme.configure",
    build: async (ctx) => configure({ invitationId: (await pendingInvitation(ctx)).id }, ctx.world),
  },
  "accounts/revokeInvitationAction": {
    governedBy: "programme.configure",
    build: async (ctx) => configure({ invitationId: (await pendingInvitation(ctx)).id }, ctx.world),
  },
  "accounts/sendAccountInvitationAction": {
    governedBy: "platformAdmin",
    build: async (ctx) => ({
      input: { userId: (await createPasswordlessUser({ institutionId: institutionOf(ctx.world, ctx.aim).id })).id },
    }),
  },
  // ── platform admin ─────────────────────────────────────────────────────────────────────────────
  "admin/createInstitutionAction": {
    governedBy: "platformAdmin",
    build: async () => {
      const n = next();
      return {
        input: {
          name: `Hochschule ${n}`,
          shortName: `H${n}`.slice(0, 20),
          country: "Germany",
          city: "Bremen",
          erasmusCode: "",
          schacCode: "",
        },
      };
    },
  },
  "admin/updateInstitutionAction": {
    governedBy: "platformAdmin",
    build: async (ctx) => {
      const i = institutionOf(ctx.world, ctx.aim);
      return {
        input: {
          institutionId: i.id,
          name: i.name,
          shortName: i.shortName,
          country: i.country,
          city: `New ${i.city}`,
          erasmusCode: "",
          schacCode: "",
        },
      };
    },
  },
  "admin/createUserAction": {
    governedBy: "platformAdmin",
    build: async (ctx) => ({
      input: {
        name: "Nina New",
        email: `nina.${next()}@uni.example`,
        institutionId: ctx.world.partnerA.id,
        password: "correct horse battery",
      },
    }),
  },
  "admin/updateUserAction": {
    governedBy: "platformAdmin",
    build: async (ctx) => {
      const u = staffOf(ctx.world, ctx.aim);
      return { input: { userId: u.id, name: `${u.name} Jr`, email: u.email, institutionId: u.institutionId ?? "" } };
    },
  },
  "admin/resetUserPasswordAction": {
    governedBy: "platformAdmin",
    build: async (ctx) => ({ input: { userId: staffOf(ctx.world, ctx.aim).id, password: "a brand new passphrase" } }),
  },
  "admin/deactivateUserAction": {
    governedBy: "platformAdmin",
    build: async (ctx) => {
      const victim = await createUser({ name: "Leaving Soon", institutionId: ctx.world.partnerA.id });
      return { input: { userId: victim.id, reason: "Left the university." } };
    },
  },
  "admin/reactivateUserAction": {
    governedBy: "platformAdmin",
    build: async (ctx) => {
      const back = await createUser({ name: "Back Again", institutionId: ctx.world.partnerA.id, deactivated: true });
      return { input: { userId: back.id } };
    },
  },
  "admin/updatePlatformSettingsAction": {
    governedBy: "platformAdmin",
    build: async () => ({ input: { programmeStarters: "EVERYONE" } }),
  },
  "admin/createProgrammeAsAdminAction": {
    governedBy: "platformAdmin",
    build: async (ctx) => ({
      input: { title: `Admin-made programme ${next()}`, ects: 10, eqfLevel: 7, deliveryMode: "BLENDED", leaderId: ctx.world.leader.id },
    }),
  },
  "outbox/sendTestEmailAction": { governedBy: "platformAdmin", build: async () => ({ input: {} }) },
  // ── Admin → Sign-in: identity providers (discovery is fetched from a real oidc-provider) ──────────
  "sso/createIdentityProviderAction": {
    governedBy: "platformAdmin",
    build: async (ctx) => {
      await db.identityProvider.deleteMany();
      return { input: await providerInput(ctx) };
    },
  },
  "sso/updateIdentityProviderAction": {
    governedBy: "platformAdmin",
    build: async (ctx) => {
      const provider = await storedProvider(ctx);
      return { input: { ...(await providerInput(ctx)), providerId: provider.id, displayName: `Renamed ${next()}`, clientSecret: "" } };
    },
  },
  "sso/deleteIdentityProviderAction": {
    governedBy: "platformAdmin",
    build: async (ctx) => ({ input: { providerId: (await storedProvider(ctx)).id } }),
  },
  "sso/setInstitutionRequiresSsoAction": {
    governedBy: "platformAdmin",
    build: async (ctx) => {
      await storedProvider(ctx);
      const institution = institutionOf(ctx.world, ctx.aim);
      await db.institution.update({ where: { id: institution.id }, data: { requireSso: false } });
      return { input: { institutionId: institution.id, requireSso: "on" } };
    },
  },
  // Sends the browser to the provider: nothing is written until the callback.
  "sso/signInWithInstitution": {
    governedBy: "public",
    build: async (ctx) => {
      await storedProvider(ctx);
      const form = new FormData();
      form.set("email", "someone@uni-a.example");
      return { input: form };
    },
    writes: () => false,
  },
  // ── your account (the target is always the signed-in person) ────────────────────────────────────
  "plan/updatePlanStepAction": {
    governedBy: "plan.edit",
    build: async (ctx) => {
      const step = await db.planStep.findUniqueOrThrow({
        where: { programmeId_step: { programmeId: ctx.world.programme.id, step: "SHARED_VISION" } },
        select: { id: true, version: true },
      });
      return {
        input: { stepId: step.id, version: step.version, status: "IN_PROGRESS", ownerId: ctx.world.leader.id, targetDate: "2027-03-01" },
        programmeId: ctx.world.programme.id,
        target: {},
      };
    },
  },
  "decisions/proposeDecisionAction": {
    governedBy: "decision.propose",
    build: async (ctx) => ({
      input: {
        programmeId: ctx.world.programme.id,
        template: "LANGUAGE_POLICY",
        title: "Language policy",
        step: "CONSORTIUM_AGREEMENT",
        services: ["INTERNATIONALISATION"],
        question: "Which language do we teach in?",
        proposal: "English throughout.",
      },
      programmeId: ctx.world.programme.id,
      target: {},
    }),
  },
  "decisions/reviseDecisionAction": {
    governedBy: "decision.revise",
    build: async (ctx) => {
      const author = staffOf(ctx.world, ctx.aim);
      const d = await createDecision({ programmeId: ctx.world.programme.id, authorId: author.id });
      return {
        input: {
          decisionId: d.id,
          basedOn: 1,
          title: "Common delivery platform",
          step: "ECOSYSTEM",
          services: ["IT"],
          question: "Which learning environment do we use?",
          proposal: "The lead institution's learning environment, with guest accounts.",
        },
        programmeId: ctx.world.programme.id,
        target: { authorId: author.id },
      };
    },
  },
  "decisions/signOffDecisionAction": {
    governedBy: "decision.signOff",
    build: async (ctx) => {
      const d = await createDecision({ programmeId: ctx.world.programme.id, authorId: ctx.world.leader.id });
      const institutionId = institutionOf(ctx.world, ctx.aim).id;
      return {
        input: {
          decisionId: d.id,
          institutionId,
          version: 1,
          answer: "AGREE_WITH_CONDITIONS",
          text: "If our IT service can run the sign-in.",
        },
        programmeId: ctx.world.programme.id,
        target: { institutionId },
      };
    },
  },
  "decisions/withdrawDecisionAction": {
    governedBy: "decision.revise",
    build: async (ctx) => {
      const author = staffOf(ctx.world, ctx.aim);
      const d = await createDecision({ programmeId: ctx.world.programme.id, authorId: author.id });
      return {
        input: { decisionId: d.id, reason: "Settled in the consortium agreement instead." },
        programmeId: ctx.world.programme.id,
        target: { authorId: author.id },
      };
    },
  },
  "obstacles/raiseObstacleAction": {
    governedBy: "obstacle.edit",
    build: async (ctx) => {
      const institutionId = institutionOf(ctx.world, ctx.aim).id;
      return {
        input: {
          programmeId: ctx.world.programme.id,
          institutionId,
          title: "Joint certificate not foreseen",
          rule: "Only one institution may award a certificate.",
          ruleSource: "Higher Education Act, art. 7.11",
          ruleLevel: "NATIONAL",
          element: "JOINT_CERTIFICATE",
        },
        programmeId: ctx.world.programme.id,
        target: { institutionId, service: "LEGAL" },
      };
    },
  },
  "obstacles/editObstacleAction": {
    governedBy: "obstacle.edit",
    build: async (ctx) => {
      const institutionId = institutionOf(ctx.world, ctx.aim).id;
      const o = await createObstacle({ programmeId: ctx.world.programme.id, authorId: ctx.world.leader.id, institutionId });
      return {
        input: {
          obstacleId: o.id,
          version: o.version,
          title: "Joint certificate not foreseen by law",
          rule: "Only one institution may award a certificate.",
          ruleSource: "Higher Education Act, art. 7.11",
          ruleLevel: "NATIONAL",
          element: "JOINT_CERTIFICATE",
        },
        programmeId: ctx.world.programme.id,
        target: { institutionId, service: "LEGAL" },
      };
    },
  },
  "obstacles/moveObstacleAction": {
    governedBy: "obstacle.edit",
    build: async (ctx) => {
      const institutionId = institutionOf(ctx.world, ctx.aim).id;
      const o = await createObstacle({ programmeId: ctx.world.programme.id, authorId: ctx.world.leader.id, institutionId });
      return {
        input: {
          obstacleId: o.id,
          version: o.version,
          toStage: "SOLUTION_PROPOSED",
          note: "A joint certificate with each logo, signed by the lead.",
        },
        programmeId: ctx.world.programme.id,
        target: { institutionId, service: "LEGAL" },
      };
    },
  },
  "account/updateTimeZoneAction": { governedBy: "signedIn", build: async () => ({ input: { timeZone: "Europe/Warsaw" } }) },
  "account/updateLanguageAction": { governedBy: "signedIn", build: async () => ({ input: { locale: "nl" } }) },
  // Sets only the cookie (the sign-in page's language): nothing in the database.
  "account/chooseSignInLanguageAction": {
    governedBy: "public",
    build: async () => ({ input: { locale: "de", next: "" } }),
    writes: () => false,
  },
  // ── notifications: the person's own inbox and settings (the target is always the signed-in person) ─
  "notifications/inbox/markNotificationReadAction": {
    governedBy: "signedIn",
    build: async (ctx) => ({ input: { notificationId: (await ownNotification(ctx)).id } }),
  },
  "notifications/inbox/markAllNotificationsReadAction": {
    governedBy: "signedIn",
    build: async (ctx) => {
      await ownNotification(ctx);
      return { input: { upTo: new Date().toISOString() } };
    },
  },
  "notifications/inbox/openNotificationAction": {
    governedBy: "signedIn",
    build: async (ctx) => ({ input: { notificationId: (await ownNotification(ctx)).id } }),
  },
  "notifications/inbox/saveNotificationSettingsAction": {
    governedBy: "signedIn",
    build: async () => ({
      input: {
        ...Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, DEFAULT_DELIVERY[kind]])),
        MENTION: "IN_APP",
        digestHour: "7",
      },
    }),
  },
  // Watching needs only to see the item: every member may, nobody else.
  "notifications/inbox/watchIssueAction": {
    governedBy: "programme.view",
    build: async (ctx) => {
      const issue = await issueFor(ctx);
      return { input: { issueId: issue.id, watching: "true" }, programmeId: issue.programmeId, target: issue.target };
    },
  },
  "notifications/inbox/watchEngagementAction": {
    governedBy: "programme.view",
    build: async (ctx) => {
      const e = await engagementFor(ctx);
      return { input: { engagementId: e.id, watching: "true" }, programmeId: e.programmeId, target: e.target };
    },
  },
  // The e-mail's link works without signing in: its signed token says whose preference changes.
  "notifications/inbox/unsubscribeAction": {
    governedBy: "public",
    build: async (ctx) => ({ input: { token: unsubscribeToken(ctx.world.staffA.id, "MENTION") } }),
  },
  // ── sign-in (Auth.js is replaced by tests/support/auth-mock.ts) ────────────────────────────────
  "auth/signInWithPassword": {
    governedBy: "public",
    build: async (ctx) => {
      const form = new FormData();
      form.set("email", (ctx.actor ?? ctx.world.staffA).email);
      form.set("password", DEMO_PASSWORD);
      return { input: form };
    },
    writes: () => false,
  },
  "auth/signOutHere": { governedBy: "public", build: async () => ({ input: {} }), writes: () => false },
  "auth/signOutEverywhere": { governedBy: "public", build: async () => ({ input: {} }), writes: (actor) => actor !== null },
  "auth/changePasswordAction": {
    governedBy: "signedIn",
    build: async () => {
      const newPassword = `a new password ${next()}`;
      return { input: { currentPassword: DEMO_PASSWORD, newPassword, confirmPassword: newPassword } };
    },
  },
};

export type Expected = "allowed" | "unauthenticated" | "refused" | "hidden";

/**
 * What the expectations table (tests/support/expected-grants.ts) says should happen, for the person's
 * memberships as the database holds them:
 * non-members (and admins outside their admin grants) never learn a programme's contents.
 */
export async function expectedOutcome(
  expectation: ActionExpectation,
  actor: Person | null,
  built: Built,
  secondary?: ProgrammeAction,
): Promise<Expected> {
  const rule = expectation.governedBy;
  if (rule === "public") return "allowed";
  if (!actor) return "unauthenticated";
  if (rule === "signedIn") return "allowed";
  if (rule === "platformAdmin") return actor.isPlatformAdmin ? "allowed" : "refused";
  if (rule === "programmeStarter") return actor.isPlatformAdmin || actor.isProgrammeCreator ? "allowed" : "refused";
  if (!built.programmeId) throw new Error(`The builder for a "${rule}" action must say which programme it aims at.`);
  const programmeActor = await loadProgrammeActor(actor, built.programmeId);
  if (!programmeActor || (!isMember(programmeActor) && !programmeActor.isPlatformAdmin)) return "hidden";
  const target = built.target ?? {};
  const allowed = expectedToAllow(programmeActor, rule, target) && (!secondary || expectedToAllow(programmeActor, secondary, target));
  return allowed ? "allowed" : "refused";
}
