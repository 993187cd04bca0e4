import "server-only";
import { db } from "@/lib/db";
import type { AccountTokenPurpose, MemberRole, Service } from "@/lib/generated/prisma/enums";
import { inGuideOrder } from "@/lib/domain/services";
import { tokenProblem, type TokenProblem } from "./link-state";
import { hashToken, isTokenShaped } from "./tokens";

// Reads for links, invitations and the pages that show them. Nothing here returns a password hash
// or a token hash.

/** How long a declined invitation stays on the People page, so the team leader learns of it. */
const DECLINED_SHOWN_MS = 30 * 24 * 60 * 60 * 1000;

const INVITATION_FACTS = {
  id: true,
  role: true,
  services: true,
  createdAt: true,
  expiresAt: true,
  acceptedAt: true,
  declinedAt: true,
  revokedAt: true,
  programme: { select: { id: true, title: true } },
  institution: { select: { name: true } },
  invitedBy: { select: { name: true } },
} as const;

export type InvitationFacts = {
  id: string;
  role: MemberRole;
  services: Service[];
  createdAt: Date;
  expiresAt: Date;
  acceptedAt: Date | null;
  declinedAt: Date | null;
  revokedAt: Date | null;
  programme: { id: string; title: string };
  institution: { name: string };
  invitedBy: { name: string };
};

function withServicesInOrder<T extends { services: Service[] }>(invitation: T): T {
  return { ...invitation, services: inGuideOrder(invitation.services) };
}

/** Not accepted, declined or withdrawn (it may have expired). */
const UNANSWERED = { acceptedAt: null, declinedAt: null, revokedAt: null } as const;

async function findToken(token: string, purpose: AccountTokenPurpose) {
  if (!isTokenShaped(token)) return null;
  const row = await db.accountToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      purpose: true,
      expiresAt: true,
      usedAt: true,
      revokedAt: true,
      user: { select: { id: true, name: true, email: true, deactivatedAt: true } },
    },
  });
  // A link of the other kind is no link of this kind.
  return row && row.purpose === purpose ? row : null;
}

/** The "choose a new password" page: whose link it is, or why it does not work. */
export async function getResetLink(token: string): Promise<{ problem: TokenProblem } | { problem: null; email: string }> {
  const row = await findToken(token, "RESET_PASSWORD");
  const problem = tokenProblem(row);
  if (problem || !row) return { problem: problem ?? "invalid" };
  return { problem: null, email: row.user.email };
}

export type WelcomeLink =
  | { problem: TokenProblem; userId: string | null; inviterName: string | null }
  | {
      problem: null;
      userId: string;
      inviterName: string | null;
      user: { name: string; email: string };
      invitations: InvitationFacts[];
    };

/**
 * The "Welcome" page (a first password, and the programmes the person was invited to): the
 * invitations waiting for them, or why the link does not work, with who to ask for a new one.
 */
export async function getWelcomeLink(token: string, now = new Date()): Promise<WelcomeLink> {
  const row = await findToken(token, "SET_PASSWORD");
  const userId = row && !row.user.deactivatedAt ? row.user.id : null;
  const [latest, invitations] = userId
    ? await Promise.all([
        db.invitation.findFirst({ where: { userId }, orderBy: { createdAt: "desc" }, select: { invitedBy: { select: { name: true } } } }),
        db.invitation.findMany({
          where: { userId, ...UNANSWERED, expiresAt: { gt: now } },
          orderBy: { createdAt: "asc" },
          select: INVITATION_FACTS,
        }),
      ])
    : [null, []];
  const inviterName = latest?.invitedBy.name ?? null;
  const problem = tokenProblem(row, now);
  if (problem || !row || !userId) return { problem: problem ?? "invalid", userId, inviterName };
  return {
    problem: null,
    userId,
    inviterName,
    user: { name: row.user.name, email: row.user.email },
    invitations: invitations.map(withServicesInOrder),
  };
}

/** "Your invitations": the ones waiting for an answer (newest first), expired ones included so the person knows. */
export async function listMyInvitations(userId: string): Promise<InvitationFacts[]> {
  const rows = await db.invitation.findMany({
    where: { userId, ...UNANSWERED },
    orderBy: { createdAt: "desc" },
    select: INVITATION_FACTS,
  });
  return rows.map(withServicesInOrder);
}

/** One invitation as its invitee sees it; null when there is none with this id for `userId` (another person's is none of theirs). */
export async function getMyInvitation(userId: string, invitationId: string): Promise<InvitationFacts | null> {
  if (typeof invitationId !== "string" || invitationId.length > 64) return null;
  const row = await db.invitation.findFirst({ where: { id: invitationId, userId }, select: INVITATION_FACTS });
  return row && withServicesInOrder(row);
}

export type ProgrammeInvitation = InvitationFacts & { user: { name: string; email: string; active: boolean } };

/**
 * People page (for whoever sets the programme up): invitations not answered yet, expired ones
 * included (they can be sent again), and those declined in the last 30 days. Newest first.
 */
export async function listProgrammeInvitations(programmeId: string, now = new Date()): Promise<ProgrammeInvitation[]> {
  const rows = await db.invitation.findMany({
    where: {
      programmeId,
      acceptedAt: null,
      revokedAt: null,
      OR: [{ declinedAt: null }, { declinedAt: { gt: new Date(now.getTime() - DECLINED_SHOWN_MS) } }],
    },
    orderBy: { createdAt: "desc" },
    select: { ...INVITATION_FACTS, user: { select: { name: true, email: true, deactivatedAt: true } } },
  });
  return rows.map(({ user, ...invitation }) => ({
    ...withServicesInOrder(invitation),
    user: { name: user.name, email: user.email, active: !user.deactivatedAt },
  }));
}

/** The programme an invitation belongs to (for authorization: derived from the row, never from the request). */
export function getInvitationTarget(invitationId: string) {
  return db.invitation.findUnique({ where: { id: invitationId }, select: { id: true, programmeId: true } });
}

/** For a platform admin: an account without a password, and the newest link sent to choose one. */
export async function getAccountInvitationStatus(userId: string) {
  const user = await db.user.findUnique({ where: { id: userId }, select: { passwordHash: true, deactivatedAt: true } });
  if (!user || user.passwordHash) return null;
  const latest = await db.accountToken.findFirst({
    where: { userId, purpose: "SET_PASSWORD" },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true, expiresAt: true, usedAt: true, revokedAt: true },
  });
  return { deactivated: Boolean(user.deactivatedAt), latest };
}

// ——— What the e-mails say (read when they are sent: lib/accounts/templates.ts) ———

/** A link row with its person, for the e-mail that carries it; null once it no longer works. */
export async function getUsableToken(tokenId: string, purpose: AccountTokenPurpose, now = new Date()) {
  const row = await db.accountToken.findUnique({
    where: { id: tokenId },
    select: {
      id: true,
      purpose: true,
      expiresAt: true,
      usedAt: true,
      revokedAt: true,
      userId: true,
      user: { select: { deactivatedAt: true } },
    },
  });
  if (!row || row.purpose !== purpose || tokenProblem(row, now)) return null;
  return { id: row.id, userId: row.userId, expiresAt: row.expiresAt };
}

/** The invitation an e-mail announces, while it waits for an answer. */
export async function getUnansweredInvitation(invitationId: string, now = new Date()) {
  const row = await db.invitation.findUnique({
    where: { id: invitationId },
    select: {
      ...INVITATION_FACTS,
      userId: true,
      invitedBy: { select: { name: true, institution: { select: { name: true } } } },
    },
  });
  if (!row || row.acceptedAt || row.declinedAt || row.revokedAt || row.expiresAt.getTime() <= now.getTime()) return null;
  return withServicesInOrder(row);
}

/** Who created an account, for the e-mail inviting its owner to choose a password. */
export async function getPersonName(userId: string): Promise<string | null> {
  const person = await db.user.findUnique({ where: { id: userId }, select: { name: true } });
  return person?.name ?? null;
}
