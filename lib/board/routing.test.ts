import { describe, expect, it } from "vitest";
import { proposeAssignee, proposeEngagement, type Representative } from "./routing";

const reps: Representative[] = [
  { userId: "legal-b", name: "Lex", institutionId: "B", services: ["LEGAL"] },
  { userId: "legal-lead", name: "Lia", institutionId: "LEAD", services: ["LEGAL", "IT"] },
  { userId: "it-a", name: "Ian", institutionId: "A", services: ["IT"] },
];
const names = { A: "Partner A", B: "Partner B", LEAD: "Lead U" };

describe("proposeAssignee", () => {
  it("proposes the representative of the service at the institution concerned", () => {
    const p = proposeAssignee(reps, { services: ["LEGAL"], institutionId: "B", leadInstitutionId: "LEAD", institutionNames: names });
    expect(p.userId).toBe("legal-b");
    expect(p.reason).toContain("Lex represents Legal at Partner B");
  });

  it("falls back to the lead institution's representative of that service", () => {
    const p = proposeAssignee(reps, { services: ["LEGAL"], institutionId: "A", leadInstitutionId: "LEAD", institutionNames: names });
    expect(p.userId).toBe("legal-lead");
    expect(p.reason).toContain("Nobody represents Legal at Partner A");
  });

  it("uses the lead's representative when no institution is given", () => {
    expect(proposeAssignee(reps, { services: ["IT"], institutionId: null, leadInstitutionId: "LEAD" }).userId).toBe("legal-lead");
  });

  it("prefers any listed service at the institution before falling back to the lead", () => {
    expect(proposeAssignee(reps, { services: ["LEGAL", "IT"], institutionId: "A", leadInstitutionId: "LEAD" }).userId).toBe("it-a");
  });

  it("proposes nobody, and says why, when the service has no representative", () => {
    const p = proposeAssignee(reps, {
      services: ["STUDENT_ADMINISTRATION"],
      institutionId: "A",
      leadInstitutionId: "LEAD",
      institutionNames: names,
    });
    expect(p.userId).toBeNull();
    expect(p.reason).toMatch(/Nobody on the task force represents Student administration at Partner A/);
  });

  it("proposes nobody without services", () => {
    expect(proposeAssignee(reps, { services: [], institutionId: "B", leadInstitutionId: "LEAD" }).userId).toBeNull();
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
