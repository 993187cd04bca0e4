// Builders for accounts reached by e-mail: people without a password yet, invitations, and the
// single-use links the e-mails carry (the token a link holds, derived as the e-mail job would).
import { db } from "@/lib/db";
import type { AccountTokenPurpose, MemberRole, Service } from "@/lib/generated/prisma/enums";
import { issueToken } from "@/lib/accounts/mutations/tokens";
import { INVITATION_LIFETIME_MS } from "@/lib/accounts/mutations/invitations";
import { deriveToken } from "@/lib/accounts/tokens";

let sequence = 0;

/** Someone invited but not yet set up: an account without a password. */
export async function createPasswordlessUser(
  overrides: Partial<{ name: string; email: string; institutionId: string | null; locale: string }> = {},
) {
  const n = ++sequence;
  return db.user.create({
    data: {
      name: overrides.name ?? `Invited Person ${n}`,
      email: (overrides.email ?? `invited${n}.${Date.now().toString(36)}@example.test`).toLowerCase(),
      institutionId: overrides.institutionId ?? null,
      locale: overrides.locale ?? null,
    },
  });
}

/** A new link for `userId` (earlier ones of the purpose stop working); returns the token the link holds. */
export async function issueLink(userId: string, purpose: AccountTokenPurpose): Promise<{ id: string; token: string }> {
  const { id } = await db.$transaction((tx) => issueToken(tx, userId, purpose));
  return { id, token: deriveToken(id) };
}

/** An invitation waiting for an answer, as inviteByEmail would have made it (without its e-mail or notification). */
export async function createInvitation(draft: {
  programmeId: string;
  userId: string;
  invitedById: string;
  institutionId: string;
  role?: MemberRole;
  services?: Service[];
  /** Milliseconds from now; negative: already expired. */
  expiresIn?: number;
}) {
  return db.invitation.create({
    data: {
      programmeId: draft.programmeId,
      userId: draft.userId,
      invitedById: draft.invitedById,
      institutionId: draft.institutionId,
      role: draft.role ?? "PARTNER_STAFF",
      services: draft.services ?? [],
      expiresAt: new Date(Date.now() + (draft.expiresIn ?? INVITATION_LIFETIME_MS)),
    },
  });
}
