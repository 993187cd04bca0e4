import { describe, expect, it } from "vitest";
import type { EngagementStage } from "@/lib/generated/prisma/enums";
import type { NextStepEngagement } from "@/lib/engagements/next-steps";
import { partnersNewlyAhead } from "./lead";

const now = new Date("2026-11-30T10:00:00Z");

function engagement(
  id: string,
  isLead: boolean,
  stage: EngagementStage,
  blockedFromStage: EngagementStage | null = null,
): NextStepEngagement {
  return {
    id,
    institutionId: `inst-${id}`,
    institutionName: `Institution ${id}`,
    isLead,
    service: "LEGAL",
    stage,
    blockedFromStage,
    stageReason: null,
    contactName: null,
    lastActivityAt: now,
    dueDate: null,
  };
}

describe("partners newly ahead of the lead", () => {
  it("a partner moving past the lead is news; moving further ahead is not", () => {
    const lead = engagement("lead", true, "CONTACTED");
    expect(
      partnersNewlyAhead(
        [lead, engagement("p", false, "IN_CONSULTATION")],
        { id: "p", before: { stage: "CONTACTED", blockedFromStage: null } },
        now,
      ),
    ).toEqual([expect.objectContaining({ id: "p" })]);
    expect(
      partnersNewlyAhead(
        [lead, engagement("p", false, "ADVICE_RECEIVED")],
        { id: "p", before: { stage: "IN_CONSULTATION", blockedFromStage: null } },
        now,
      ),
    ).toEqual([]);
  });

  it("the lead moving back leaves the partners it fell behind ahead", () => {
    const engagements = [
      engagement("lead", true, "CONTACTED"),
      engagement("a", false, "IN_CONSULTATION"),
      engagement("b", false, "CONTACTED"),
    ];
    const ahead = partnersNewlyAhead(engagements, { id: "lead", before: { stage: "IN_CONSULTATION", blockedFromStage: null } }, now);
    expect(ahead.map((e) => e.id)).toEqual(["a"]);
  });

  it("blocking or unblocking where it was blocked changes nothing; not applicable is never compared", () => {
    const lead = engagement("lead", true, "CONTACTED");
    expect(
      partnersNewlyAhead(
        [lead, engagement("p", false, "BLOCKED", "IN_CONSULTATION")],
        { id: "p", before: { stage: "IN_CONSULTATION", blockedFromStage: null } },
        now,
      ),
    ).toEqual([]);
    expect(
      partnersNewlyAhead(
        [lead, engagement("p", false, "IN_CONSULTATION")],
        { id: "p", before: { stage: "BLOCKED", blockedFromStage: "IN_CONSULTATION" } },
        now,
      ),
    ).toEqual([]);
    expect(
      partnersNewlyAhead(
        [engagement("lead", true, "NOT_APPLICABLE"), engagement("p", false, "SETTLED")],
        { id: "p", before: { stage: "NOT_CONTACTED", blockedFromStage: null } },
        now,
      ),
    ).toEqual([]);
  });
});
