// Who should pick up a new issue: the task-force member for the service at the institution
// concerned, else the one for that service at the lead institution, else nobody. Pure, so the
// form can show the same proposal the server will make.
import type { Service } from "@/lib/generated/prisma/enums";
import { boardClientMsg, type BoardClientMessage } from "./labels";
import { compareNames } from "@/lib/domain/lists";

export type Representative = { userId: string; name: string; institutionId: string; services: readonly Service[] };

type RoutingInput = {
  services: readonly Service[];
  institutionId: string | null;
  leadInstitutionId: string;
};

/**
 * Why the proposal is what it is, in no language: the form says it at once, and the history
 * keeps it (in the creation event) to say it later in each reader's language (routingMessage).
 */
export type RoutingReason =
  | { rule: "noServices" }
  | { rule: "atInstitution"; name: string; service: Service; institutionId: string }
  /** Nobody for the service at the institution concerned: the lead institution's representative. */
  | { rule: "leadFallback"; name: string; service: Service; institutionId: string; leadInstitutionId: string }
  | { rule: "atLead"; name: string; service: Service; leadInstitutionId: string }
  /** `institutionId`: the institution concerned when it is not the lead, else null. */
  | { rule: "nobody"; services: Service[]; institutionId: string | null };

type RoutingProposal = { userId: string | null; reason: RoutingReason };

export function proposeAssignee(representatives: readonly Representative[], input: RoutingInput): RoutingProposal {
  if (input.services.length === 0) return { userId: null, reason: { rule: "noServices" } };
  const find = (service: Service, institutionId: string) =>
    [...representatives]
      .sort((a, b) => compareNames()(a.name, b.name))
      .find((r) => r.institutionId === institutionId && r.services.includes(service));

  if (input.institutionId) {
    for (const service of input.services) {
      const rep = find(service, input.institutionId);
      if (rep)
        return { userId: rep.userId, reason: { rule: "atInstitution", name: rep.name, service, institutionId: input.institutionId } };
    }
  }
  const elsewhere = input.institutionId && input.institutionId !== input.leadInstitutionId ? input.institutionId : null;
  for (const service of input.services) {
    const rep = find(service, input.leadInstitutionId);
    if (rep) {
      const reason: RoutingReason = elsewhere
        ? { rule: "leadFallback", name: rep.name, service, institutionId: elsewhere, leadInstitutionId: input.leadInstitutionId }
        : { rule: "atLead", name: rep.name, service, leadInstitutionId: input.leadInstitutionId };
      return { userId: rep.userId, reason };
    }
  }
  return { userId: null, reason: { rule: "nobody", services: [...input.services], institutionId: elsewhere } };
}

const RULES: ReadonlySet<string> = new Set(["noServices", "atInstitution", "leadFallback", "atLead", "nobody"]);

/** Whether a stored value is a RoutingReason (older history entries hold the reason as English text). */
export function isRoutingReason(value: unknown): value is RoutingReason {
  return typeof value === "object" && value !== null && RULES.has(String((value as { rule?: unknown }).rule));
}

/** The words a reason needs from its reader's language: institution names (or "that institution") and service names. */
export type RoutingWords = { institution: (institutionId: string) => string; service: (service: Service) => string };

/** The reason as a Message of the boardClient namespace, with the names already in the reader's language. */
export function routingMessage(reason: RoutingReason, words: RoutingWords): BoardClientMessage {
  switch (reason.rule) {
    case "noServices":
      return boardClientMsg("boardClient.routing.noServices");
    case "atInstitution":
      return boardClientMsg("boardClient.routing.atInstitution", {
        name: reason.name,
        service: words.service(reason.service),
        institution: words.institution(reason.institutionId),
      });
    case "leadFallback":
      return boardClientMsg("boardClient.routing.leadFallback", {
        name: reason.name,
        service: words.service(reason.service),
        institution: words.institution(reason.institutionId),
        lead: words.institution(reason.leadInstitutionId),
      });
    case "atLead":
      return boardClientMsg("boardClient.routing.atLead", {
        name: reason.name,
        service: words.service(reason.service),
        lead: words.institution(reason.leadInstitutionId),
      });
    case "nobody": {
      const services = reason.services.map(words.service).join(", ");
      return reason.institutionId
        ? boardClientMsg("boardClient.routing.nobodyAt", { services, institution: words.institution(reason.institutionId) })
        : boardClientMsg("boardClient.routing.nobodyAtLead", { services });
    }
  }
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
