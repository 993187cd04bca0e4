import { can, type ProgrammeActor } from "@/lib/auth/permissions";

/** The current partners this person answers for (the permission table's decision.signOff). */
export function institutionsSignedFor<P extends { id: string }>(actor: ProgrammeActor, partners: readonly P[]): P[] {
  return partners.filter((p) => can(actor, "decision.signOff", { institutionId: p.id }));
}
