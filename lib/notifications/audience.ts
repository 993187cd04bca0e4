// Who may hear of what: nobody hears of anything they could not open in the app. Checked against the
// database when the fan-out runs and again when the e-mail is written (both are later than the change).
import { canReadAdvice } from "@/lib/advice/policy";
import { isMember, type ActorMembership, type ProgrammeActor } from "@/lib/auth/permissions";
import type { AdviceVisibility, MemberRole, Service } from "@/lib/generated/prisma/enums";

/** What a notification leads to, as far as reading it goes. */
export type ReadableItem =
  | { type: "issue" }
  | { type: "engagement" }
  | { type: "advice"; institutionId: string; service: Service; visibility: AdviceVisibility; deletedAt: Date | null };

/** Issues and engagements: every member of the programme. Advice: shared, or a draft of the reader's institution (or the team leader). */
export function mayRead(reader: ProgrammeActor | undefined, item: ReadableItem): boolean {
  if (!reader || !isMember(reader)) return false;
  if (item.type === "advice") return item.deletedAt === null && canReadAdvice(reader, item);
  return true;
}

export type MembershipRow = { userId: string; role: MemberRole; institutionId: string; representations: { service: Service }[] };

/** Membership rows (of one programme) as the readers the permission table understands. */
export function toReaders(rows: readonly MembershipRow[]): Map<string, ProgrammeActor> {
  const memberships = new Map<string, ActorMembership[]>();
  for (const row of rows) {
    const list = memberships.get(row.userId) ?? [];
    list.push({ role: row.role, institutionId: row.institutionId, services: row.representations.map((r) => r.service) });
    memberships.set(row.userId, list);
  }
  // Platform admins read a programme's items only as its members: admin rights are for setting it up.
  return new Map([...memberships].map(([userId, list]) => [userId, { userId, isPlatformAdmin: false, memberships: list }]));
}
