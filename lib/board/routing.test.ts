import { describe, expect, it } from "vitest";
import type { Service } from "@/lib/generated/prisma/enums";
import { inEnglish } from "@/tests/support/english";
import { proposeAssignee, proposeEngagement, routingMessage, type Representative, type RoutingReason } from "./routing";

const reps: Representative[] = [
  { userId: "legal-b", name: "Lex", institutionId: "B", services: ["LEGAL"] },
  { userId: "legal-lead", name: "Lia", institutionId: "LEAD", services: ["LEGAL", "IT"] },
  { userId: "it-a", name: "Ian", institutionId: "A", services: ["IT"] },
];
const names: Record<string, string> = { A: "Partner A", B: "Partner B", LEAD: "Lead U" };

/** The reason as the new-issue form says it in English. */
const said = (reason: RoutingReason) =>
  inEnglish(
    routingMessage(reason, {
      institution: (id) => names[id] ?? inEnglish("boardClient.routing.thatInstitution"),
      service: (service: Service) => inEnglish(`domain.service.${service}`),
    }),
  );

describe("proposeAssignee", () => {
  it("proposes the representative of the service at the institution concerned", () => {
    const p = proposeAssignee(reps, { services: ["LEGAL"], institutionId: "B", leadInstitutionId: "LEAD" });
    expect(p.userId).toBe("legal-b");
    expect(said(p.reason)).toBe("Lex represents Legal at Partner B.");
  });

  it("falls back to the lead institution's representative of that service", () => {
    const p = proposeAssignee(reps, { services: ["LEGAL"], institutionId: "A", leadInstitutionId: "LEAD" });
    expect(p.userId).toBe("legal-lead");
    expect(said(p.reason)).toBe(
      "Nobody represents Legal at Partner A, so the lead institution's representative is proposed: Lia represents Legal at Lead U (lead).",
    );
  });

  it("uses the lead's representative when no institution is given", () => {
    const p = proposeAssignee(reps, { services: ["IT"], institutionId: null, leadInstitutionId: "LEAD" });
    expect(p.userId).toBe("legal-lead");
    expect(said(p.reason)).toBe("Lia represents IT at Lead U (lead).");
  });

  it("prefers any listed service at the institution before falling back to the lead", () => {
    expect(proposeAssignee(reps, { services: ["LEGAL", "IT"], institutionId: "A", leadInstitutionId: "LEAD" }).userId).toBe("it-a");
  });

  it("proposes nobody, and says why, when the service has no representative", () => {
    const p = proposeAssignee(reps, { services: ["STUDENT_ADMINISTRATION"], institutionId: "A", leadInstitutionId: "LEAD" });
    expect(p.userId).toBeNull();
    expect(said(p.reason)).toMatch(/^Nobody on the task force represents Student administration at Partner A or at the lead institution\./);
    const atLead = proposeAssignee(reps, {
      services: ["STUDENT_ADMINISTRATION", "INTERNATIONALISATION"],
      institutionId: null,
      leadInstitutionId: "LEAD",
    });
    expect(said(atLead.reason)).toBe(
      "Nobody on the task force represents Student administration, Internationalisation at the lead institution. Choose an assignee yourself, or ask the team leader to fill the seat on the Task force page.",
    );
  });

  it("proposes nobody without services", () => {
    const p = proposeAssignee(reps, { services: [], institutionId: "B", leadInstitutionId: "LEAD" });
    expect(p.userId).toBeNull();
    expect(said(p.reason)).toBe("Choose the service(s) concerned to get a proposed assignee.");
  });

  it("keeps its reason as data a later reader's language can say (the issue's history stores it)", () => {
    const p = proposeAssignee(reps, { services: ["LEGAL"], institutionId: "B", leadInstitutionId: "LEAD" });
    expect(JSON.parse(JSON.stringify(p.reason))).toEqual({ rule: "atInstitution", name: "Lex", service: "LEGAL", institutionId: "B" });
  });
});

describe("proposeEngagement", () => {
  const engagements = [
    { id: "a-legal", service: "LEGAL", institutionId: "A" },
    { id: "a-it", service: "IT", institutionId: "A" },
    { id: "b-legal", service: "LEGAL", institutionId: "B" },
  ] as const;

  it("picks the chosen institution's engagement of the chosen service", () => {
    expect(proposeEngagement(engagements, { services: ["LEGAL"], institutionId: "B" })).toBe("b-legal");
    expect(proposeEngagement(engagements, { services: ["IT"], institutionId: "A" })).toBe("a-it");
  });

  it("proposes nothing when the choice is ambiguous or incomplete", () => {
    expect(proposeEngagement(engagements, { services: ["LEGAL", "IT"], institutionId: "A" })).toBeNull();
    expect(proposeEngagement(engagements, { services: ["LEGAL"], institutionId: null })).toBeNull();
    expect(proposeEngagement(engagements, { services: [], institutionId: "A" })).toBeNull();
    expect(proposeEngagement(engagements, { services: ["IT"], institutionId: "B" })).toBeNull();
  });
});
