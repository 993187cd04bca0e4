// Who should pick up a new issue: the task-force member for the service at the institution
// concerned, else the one for that service at the lead institution, else nobody. Pure, so the
// form can show the same proposal the server will make.
import type { Service } from "@/lib/generated/prisma/enums";
import { SERVICE_LABELS } from "@/lib/domain/services";

export type Representative = { userId: string; name: string; institutionId: string; services: readonly Service[] };

type RoutingInput = {
  services: readonly Service[];
  institutionId: string | null;
  leadInstitutionId: string;
  institutionNames?: Readonly<Record<string, string>>;
};

type RoutingProposal = { userId: string | null; reason: string };

export function proposeAssignee(representatives: readonly Representative[], input: RoutingInput): RoutingProposal {
  const name = (institutionId: string) => input.institutionNames?.[institutionId] ?? "that institution";
  if (input.services.length === 0) return { userId: null, reason: "Choose the service(s) concerned to get a proposed assignee." };
  const find = (service: Service, institutionId: string) =>
    [...representatives]
      .sort((a, b) => a.name.localeCompare(b.name))
      .find((r) => r.institutionId === institutionId && r.services.includes(service));

  if (input.institutionId) {
    for (const service of input.services) {
      const rep = find(service, input.institutionId);
      if (rep) return { userId: rep.userId, reason: `${rep.name} represents ${SERVICE_LABELS[service]} at ${name(input.institutionId)}.` };
    }
  }
  for (const service of input.services) {
    const rep = find(service, input.leadInstitutionId);
    if (rep) {
      const why =
        input.institutionId && input.institutionId !== input.leadInstitutionId
          ? `Nobody represents ${SERVICE_LABELS[service]} at ${name(input.institutionId)}, so the lead institution's representative is proposed: `
          : "";
      return {
        userId: rep.userId,
        reason: `${why}${rep.name} represents ${SERVICE_LABELS[service]} at ${name(input.leadInstitutionId)} (lead).`,
      };
    }
  }
  const services = input.services.map((s) => SERVICE_LABELS[s]).join(", ");
  const where =
    input.institutionId && input.institutionId !== input.leadInstitutionId
      ? ` at ${name(input.institutionId)} or at the lead institution`
      : " at the lead institution";
  return {
    userId: null,
    reason: `Nobody on the task force represents ${services}${where}. Choose an assignee yourself, or ask the team leader to fill the seat on the Task force page.`,
  };
}

/**
 * The engagement a new issue is about: the one of the chosen institution for the chosen service.
 * Only when that is unambiguous (one institution, exactly one service); otherwise null.
 */
export function proposeEngagement(
  engagements: readonly { id: string; service: Service; institutionId: string }[],
  input: { services: readonly Service[]; institutionId: string | null },
): string | null {
  if (!input.institutionId || input.services.length !== 1) return null;
  const [service] = input.services;
  return engagements.find((e) => e.institutionId === input.institutionId && e.service === service)?.id ?? null;
}
