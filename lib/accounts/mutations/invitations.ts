import "server-only";
import { db, type Tx } from "@/lib/db";
import { writeAudit } from "@/lib/audit/mutations";
import { conflict, forbidden, invalidFields, notFound } from "@/lib/errors";
import type { MemberRole, Service } from "@/lib/generated/prisma/enums";
import { msg } from "@/lib/i18n/message";
import { enqueue } from "@/lib/jobs/mutations";
import { notify } from "@/lib/notifications/mutations";
import { insertMembership } from "@/lib/programmes/mutations";
import { INVITES_PER_INVITER } from "../limits";
import { mayCreateAccountAt } from "../new-accounts";
import { TOKEN_LIFETIME_MS } from "../tokens";
import { takeRateLimits } from "./rate-limits";
import { issueToken, revokeTokens } from "./tokens";

// A place in a programme is offered, not imposed: adding a person makes an Invitation, and the
// membership is made when they accept it. A person without a password (a new account) gets an
// e-mail with a link to choose one and join; someone who can sign in already gets a notification
// and answers on /invitations. The adder is told the same either way.

/** An invitation is valid as long as the link that comes with it. */
export const INVITATION_LIFETIME_MS = TOKEN_LIFETIME_MS.SET_PASSWORD;

// Waiting behind another change to the same invitation (or the same person's) is the point of the locks.

type Inviter = { id: string; institutionId: string | null; isPlatformAdmin: boolean };
type InviteInput = {
  programmeId: string;
  email: string;
  name: string;
  role: MemberRole;
  institutionId: string;
  services: readonly Service[];
};

export type Throttled = { outcome: "throttled"; retryAt: Date };
export type InviteOutcome = { outcome: "invited" | "noAccount" } | Throttled;

const CHOOSE_TAKING_PART = msg("programmes.members.errors.chooseTakingPart");

/** Serialises invitations of one person to one programme (7321: this module's lock class). */
async function lockInvitee(tx: Tx, programmeId: string, userId: string) {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(7321, hashtext(${`${programmeId}:${userId}`}))`;
}

/** Whether the institution still takes part in the programme (its partner row locked for share, as addMember does). */
async function takesPart(tx: Tx, programmeId: string, institutionId: string): Promise<boolean> {
  const [partner] = await tx.$queryRaw<{ archivedAt: Date | null }[]>`
    SELECT "archivedAt" FROM "ProgrammePartner"
    WHERE "programmeId" = ${programmeId} AND "institutionId" = ${institutionId} FOR SHARE`;
  return Boolean(partner && !partner.archivedAt);
}

/**
 * Sends what an invitation needs, inside its transaction: a person without a password gets a new
 * link to choose one (earlier ones stop working) by e-mail; anyone else a notification. The e-mail
 * job carries ids only; the link is written when the e-mail is.
 */
async function deliverInvitation(tx: Tx, invitationId: string, invitee: { id: string; passwordHash: string | null }, actorId: string) {
  if (invitee.passwordHash === null) {
    const token = await issueToken(tx, invitee.id, "SET_PASSWORD");
    await enqueue(tx, "email", {
      template: "invitation",
      key: `invitation:${invitationId}:${token.id}`,
      args: { invitationId, tokenId: token.id },
    });
  } else {
    await notify(tx, { type: "invited", invitationId, actorId });
  }
}

/** The person for an address: their account, or (at the inviter's own institution) a new one without a password. */
async function findOrCreateInvitee(tx: Tx, inviter: Inviter, input: InviteInput, locale: string | null) {
  const select = { id: true, name: true, passwordHash: true } as const;
  const existing = await tx.user.findUnique({ where: { email: input.email }, select });
  if (existing) return existing;
  if (!mayCreateAccountAt(inviter, input.institutionId)) return null;
  // Insert-or-nothing: a parallel invitation of the same new address creates the account once.
  await tx.user.createMany({
    data: [{ email: input.email, name: input.name, institutionId: input.institutionId, locale }],
    skipDuplicates: true,
  });
  return tx.user.findUniqueOrThrow({ where: { email: input.email }, select });
}

/**
 * Adding a person to a programme: an invitation. Every request counts against the inviter's limit,
 * whether or not the address has an account (so the limit says nothing about who has one). A new
 * account is created only at the inviter's own institution (a platform admin: anywhere), with the
 * inviter's language until the person chooses theirs. `noAccount`: an unknown address at another
 * institution, where nothing is created or sent.
 */
export async function inviteByEmail(inviter: Inviter, input: InviteInput, locale: string | null): Promise<InviteOutcome> {
  const partner = await db.programmePartner.findUnique({
    where: { programmeId_institutionId: { programmeId: input.programmeId, institutionId: input.institutionId } },
    select: { archivedAt: true },
  });
  if (!partner || partner.archivedAt) throw invalidFields({ institutionId: CHOOSE_TAKING_PART });
  return db.$transaction(async (tx): Promise<InviteOutcome> => {
    const verdict = await takeRateLimits(tx, [{ rule: INVITES_PER_INVITER, key: inviter.id }]);
    if (!verdict.allowed) return { outcome: "throttled", retryAt: verdict.retryAt };
    const invitee = await findOrCreateInvitee(tx, inviter, input, locale);
    if (!invitee) return { outcome: "noAccount" };
    await lockInvitee(tx, input.programmeId, invitee.id);
    if (!(await takesPart(tx, input.programmeId, input.institutionId))) throw invalidFields({ institutionId: CHOOSE_TAKING_PART });
    const services = input.role === "TASK_FORCE" ? [...new Set(input.services)] : [];
    await assertNotMemberAlready(tx, input, invitee, services);
    const now = new Date();
    const open = await tx.invitation.findFirst({
      where: { programmeId: input.programmeId, userId: invitee.id, role: input.role, acceptedAt: null, declinedAt: null, revokedAt: null },
      select: { id: true, expiresAt: true },
    });
    if (open && open.expiresAt > now) throw conflict(msg("invitations.errors.alreadyInvited", { email: input.email, role: input.role }));
    // An expired one is replaced: the People page shows the person once.
    if (open) await tx.invitation.update({ where: { id: open.id }, data: { revokedAt: now } });
    const invitation = await tx.invitation.create({
      data: {
        programmeId: input.programmeId,
        userId: invitee.id,
        role: input.role,
        institutionId: input.institutionId,
        services,
        invitedById: inviter.id,
        createdAt: now,
        expiresAt: new Date(now.getTime() + INVITATION_LIFETIME_MS),
      },
      select: { id: true, expiresAt: true },
    });
    await deliverInvitation(tx, invitation.id, invitee, inviter.id);
    await writeAudit(tx, {
      actorId: inviter.id,
      programmeId: input.programmeId,
      action: "inviteMember",
      entityType: "Invitation",
      entityId: invitation.id,
      after: {
        userId: invitee.id,
        role: input.role,
        institutionId: input.institutionId,
        services,
        expiresAt: invitation.expiresAt.toISOString(),
      },
    });
    return { outcome: "invited" };
  });
}

/** Someone already holding the role (for the services asked) is not invited to it again; the inviter is told why. */
async function assertNotMemberAlready(tx: Tx, input: InviteInput, invitee: { id: string; name: string }, services: readonly Service[]) {
  const membership = await tx.membership.findUnique({
    where: { programmeId_userId_role: { programmeId: input.programmeId, userId: invitee.id, role: input.role } },
    select: { institutionId: true, institution: { select: { name: true } }, representations: { select: { service: true } } },
  });
  if (!membership) return;
  if (membership.institutionId !== input.institutionId) {
    throw conflict(
      msg("programmes.members.errors.alreadyInRoleElsewhere", {
        name: invitee.name,
        role: input.role,
        institution: membership.institution.name,
      }),
    );
  }
  const held = new Set(membership.representations.map((r) => r.service));
  if (services.every((s) => held.has(s))) {
    throw conflict(
      msg("programmes.members.errors.alreadyAdded", { name: invitee.name, role: input.role, forServices: services.length ? "yes" : "no" }),
    );
  }
}

// ——— The invitee's answer ———

const INVITATION_ROW = {
  id: true,
  programmeId: true,
  userId: true,
  role: true,
  institutionId: true,
  services: true,
  expiresAt: true,
  acceptedAt: true,
  declinedAt: true,
  revokedAt: true,
  programme: { select: { title: true } },
  institution: { select: { name: true } },
  invitedBy: { select: { name: true } },
  user: { select: { name: true, email: true, passwordHash: true } },
} as const;

/** The invitation, locked for this transaction: two answers (or an answer and a withdrawal) are decided one after the other. */
async function lockInvitation(tx: Tx, invitationId: string) {
  await tx.$queryRaw`SELECT id FROM "Invitation" WHERE id = ${invitationId} FOR UPDATE`;
  return tx.invitation.findUnique({ where: { id: invitationId }, select: INVITATION_ROW });
}

type LockedInvitation = NonNullable<Awaited<ReturnType<typeof lockInvitation>>>;

/** Refuses an answer to an invitation that was answered, withdrawn or has expired, saying which. */
function assertAnswerable(invitation: LockedInvitation, now: Date) {
  const inviter = invitation.invitedBy.name;
  if (invitation.acceptedAt) throw conflict(msg("invitations.errors.alreadyAccepted", { programme: invitation.programme.title }));
  if (invitation.declinedAt) throw conflict(msg("invitations.errors.alreadyDeclined", { inviter }));
  if (invitation.revokedAt) throw conflict(msg("invitations.errors.withdrawn", { inviter }));
  if (invitation.expiresAt <= now) throw conflict(msg("invitations.errors.expired", { inviter }));
}

async function lockOwnInvitation(tx: Tx, userId: string, invitationId: string) {
  const invitation = await lockInvitation(tx, invitationId);
  // Another person's invitation is not theirs to answer, nor to learn about.
  if (!invitation || invitation.userId !== userId) throw notFound(msg("invitations.errors.notYours"));
  return invitation;
}

/** Makes the membership the invitation offers and marks it accepted, in one transaction (audited as both). */
async function acceptLocked(tx: Tx, invitation: LockedInvitation, now: Date) {
  if (!(await takesPart(tx, invitation.programmeId, invitation.institutionId))) {
    throw conflict(
      msg("invitations.errors.partnerGone", {
        institution: invitation.institution.name,
        programme: invitation.programme.title,
        inviter: invitation.invitedBy.name,
      }),
    );
  }
  await insertMembership(tx, invitation.userId, {
    programmeId: invitation.programmeId,
    userId: invitation.userId,
    role: invitation.role,
    institutionId: invitation.institutionId,
    services: invitation.services,
  });
  await tx.invitation.update({ where: { id: invitation.id }, data: { acceptedAt: now } });
  await writeAudit(tx, {
    actorId: invitation.userId,
    programmeId: invitation.programmeId,
    action: "acceptInvitation",
    entityType: "Invitation",
    entityId: invitation.id,
    after: { userId: invitation.userId, role: invitation.role },
  });
}

/** The invitee accepts: they become a member with the role (and services) offered. */
export async function acceptInvitation(userId: string, invitationId: string) {
  return db.$transaction(async (tx) => {
    const invitation = await lockOwnInvitation(tx, userId, invitationId);
    const now = new Date();
    assertAnswerable(invitation, now);
    await acceptLocked(tx, invitation, now);
    return { programmeId: invitation.programmeId, programme: invitation.programme.title, role: invitation.role };
  });
}

/** The invitee declines: recorded (the team leader sees it on People), no membership. */
export async function declineInvitation(userId: string, invitationId: string) {
  return db.$transaction(async (tx) => {
    const invitation = await lockOwnInvitation(tx, userId, invitationId);
    const now = new Date();
    assertAnswerable(invitation, now);
    await tx.invitation.update({ where: { id: invitation.id }, data: { declinedAt: now } });
    await writeAudit(tx, {
      actorId: userId,
      programmeId: invitation.programmeId,
      action: "declineInvitation",
      entityType: "Invitation",
      entityId: invitation.id,
      after: { userId, role: invitation.role },
    });
    return { programmeId: invitation.programmeId };
  });
}

/**
 * A first password set through an invitation's link: every invitation still open is accepted at
 * once, where the programme can still take the person; one that cannot (the institution left the
 * programme meanwhile, the person holds the role elsewhere already) stays on /invitations, where
 * accepting it says why.
 */
export async function acceptOpenInvitations(tx: Tx, userId: string, now: Date): Promise<{ programmeId: string; title: string }[]> {
  const open = await tx.invitation.findMany({
    where: { userId, acceptedAt: null, declinedAt: null, revokedAt: null, expiresAt: { gt: now } },
    orderBy: { createdAt: "asc" },
    select: { id: true },
  });
  const joined: { programmeId: string; title: string }[] = [];
  for (const { id } of open) {
    const invitation = await lockInvitation(tx, id);
    if (!invitation || !(await canJoin(tx, invitation))) continue;
    await acceptLocked(tx, invitation, now);
    joined.push({ programmeId: invitation.programmeId, title: invitation.programme.title });
  }
  return joined;
}

/** Whether accepting would succeed: the institution takes part, and the person does not hold the role for another one. */
async function canJoin(tx: Tx, invitation: LockedInvitation): Promise<boolean> {
  if (!(await takesPart(tx, invitation.programmeId, invitation.institutionId))) return false;
  const membership = await tx.membership.findUnique({
    where: { programmeId_userId_role: { programmeId: invitation.programmeId, userId: invitation.userId, role: invitation.role } },
    select: { institutionId: true, representations: { select: { service: true } } },
  });
  if (!membership) return true;
  const held = new Set(membership.representations.map((r) => r.service));
  return membership.institutionId === invitation.institutionId && invitation.services.some((s) => !held.has(s));
}

// ——— The team leader's follow-up (People page) ———

type Manager = { id: string; isPlatformAdmin: boolean };

/** Re-checks, under the invitation's lock, that the person still sets the programme up (a demoted leader a moment ago does not). */
async function assertStillManages(tx: Tx, actor: Manager, programmeId: string) {
  if (actor.isPlatformAdmin) return;
  const leader = await tx.membership.count({ where: { programmeId, userId: actor.id, role: "TEAM_LEADER" } });
  if (leader === 0) throw forbidden(msg("programmes.members.errors.noLongerLeader"));
}

async function lockForManager(tx: Tx, actor: Manager, invitationId: string) {
  const invitation = await lockInvitation(tx, invitationId);
  if (!invitation) throw notFound(msg("invitations.errors.gone"));
  await assertStillManages(tx, actor, invitation.programmeId);
  const name = invitation.user.name;
  if (invitation.acceptedAt) throw conflict(msg("invitations.errors.acceptedMeanwhile", { name }));
  if (invitation.declinedAt) throw conflict(msg("invitations.errors.declinedMeanwhile", { name }));
  if (invitation.revokedAt) throw conflict(msg("invitations.errors.withdrawnMeanwhile", { name }));
  return invitation;
}

/**
 * Withdraws an invitation: it can no longer be accepted, and a person invited without a password
 * who has no other invitation open loses the link to choose one too.
 */
export async function revokeInvitation(actor: Manager, invitationId: string) {
  return db.$transaction(async (tx) => {
    const invitation = await lockForManager(tx, actor, invitationId);
    const now = new Date();
    await tx.invitation.update({ where: { id: invitation.id }, data: { revokedAt: now } });
    if (invitation.user.passwordHash === null) {
      const others = await tx.invitation.count({
        where: {
          userId: invitation.userId,
          id: { not: invitation.id },
          acceptedAt: null,
          declinedAt: null,
          revokedAt: null,
          expiresAt: { gt: now },
        },
      });
      if (others === 0) await revokeTokens(tx, invitation.userId, ["SET_PASSWORD"], now);
    }
    await writeAudit(tx, {
      actorId: actor.id,
      programmeId: invitation.programmeId,
      action: "revokeInvitation",
      entityType: "Invitation",
      entityId: invitation.id,
      after: { userId: invitation.userId, role: invitation.role },
    });
    return { programmeId: invitation.programmeId, name: invitation.user.name, email: invitation.user.email };
  });
}

export type ResendOutcome = { outcome: "sent"; programmeId: string; email: string } | Throttled;

/**
 * Sends an invitation again (also after it expired): valid for another seven days, with a new link
 * (the earlier one stops working) or a new notification. Counts against the sender's limit.
 */
export async function resendInvitation(actor: Manager, invitationId: string): Promise<ResendOutcome> {
  return db.$transaction(async (tx): Promise<ResendOutcome> => {
    const verdict = await takeRateLimits(tx, [{ rule: INVITES_PER_INVITER, key: actor.id }]);
    if (!verdict.allowed) return { outcome: "throttled", retryAt: verdict.retryAt };
    const invitation = await lockForManager(tx, actor, invitationId);
    if (!(await takesPart(tx, invitation.programmeId, invitation.institutionId))) {
      throw conflict(msg("invitations.errors.partnerLeft", { institution: invitation.institution.name }));
    }
    const now = new Date();
    const expiresAt = new Date(now.getTime() + INVITATION_LIFETIME_MS);
    await tx.invitation.update({ where: { id: invitation.id }, data: { expiresAt } });
    await deliverInvitation(tx, invitation.id, { id: invitation.userId, passwordHash: invitation.user.passwordHash }, actor.id);
    await writeAudit(tx, {
      actorId: actor.id,
      programmeId: invitation.programmeId,
      action: "resendInvitation",
      entityType: "Invitation",
      entityId: invitation.id,
      before: { expiresAt: invitation.expiresAt.toISOString() },
      after: { expiresAt: expiresAt.toISOString() },
    });
    return { outcome: "sent", programmeId: invitation.programmeId, email: invitation.user.email };
  });
}
