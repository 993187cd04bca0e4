import { describe, expect, it } from "vitest";
import { inEnglish } from "@/tests/support/english";
import { describeRemoval } from "./consequences";
import { changeMemberRoleSchema } from "./schema";
import { readZodMessage } from "@/lib/i18n/message";

const none = { ownedEngagements: 0, openAssignedIssues: 0 };

describe("describeRemoval: what the confirmation says", () => {
  it("someone leaving the programme: their engagements and open issues are handed back, their writing stays", () => {
    expect(
      describeRemoval(
        {
          name: "Ana",
          role: "TASK_FORCE",
          services: ["LEGAL", "IT"],
          otherRoles: [],
          impact: { ownedEngagements: 2, openAssignedIssues: 1 },
        },
        inEnglish,
      ),
    ).toEqual([
      "Ana leaves the programme and can no longer open it.",
      "Their task-force seats are freed: IT, Legal.",
      "The open issue assigned to them becomes unassigned.",
      "The 2 engagements they own are left without an owner.",
      "Advice, comments and history they wrote stay, under their name.",
    ]);
  });

  it("someone keeping another role keeps their engagements, and their issues while that role may hold issues", () => {
    const impact = { ownedEngagements: 3, openAssignedIssues: 2 };
    expect(describeRemoval({ name: "Bo", role: "PARTNER_STAFF", services: [], otherRoles: ["TASK_FORCE"], impact }, inEnglish)).toEqual([
      "Bo stays in the programme as task-force member.",
      "Advice, comments and history they wrote stay, under their name.",
    ]);
    expect(describeRemoval({ name: "Bo", role: "TASK_FORCE", services: ["IT"], otherRoles: ["PARTNER_STAFF"], impact }, inEnglish)).toEqual(
      [
        "Bo stays in the programme as partner staff.",
        "Their task-force seats are freed: IT.",
        "The 2 open issues assigned to them become unassigned.",
        "Advice, comments and history they wrote stay, under their name.",
      ],
    );
  });

  it("says nothing about holdings a person does not have", () => {
    expect(describeRemoval({ name: "Cy", role: "PARTNER_STAFF", services: [], otherRoles: [], impact: none }, inEnglish)).toHaveLength(2);
  });
});

describe("changeMemberRoleSchema", () => {
  const base = { membershipId: "m", version: "3" };

  it("needs a service for the task force and drops services for the other roles", () => {
    expect(
      inEnglish(readZodMessage(changeMemberRoleSchema.safeParse({ ...base, role: "TASK_FORCE" }).error?.issues[0]?.message ?? "")),
    ).toBe("Choose the service(s) this task-force member represents.");
    expect(changeMemberRoleSchema.parse({ ...base, role: "PARTNER_STAFF", services: ["IT"] })).toEqual({
      membershipId: "m",
      version: 3,
      role: "PARTNER_STAFF",
      services: [],
    });
    expect(changeMemberRoleSchema.parse({ ...base, role: "TASK_FORCE", services: ["IT", "IT"] }).services).toEqual(["IT"]);
  });

  it("refuses an unknown role or service and a missing version", () => {
    expect(changeMemberRoleSchema.safeParse({ ...base, role: "OWNER" }).success).toBe(false);
    expect(changeMemberRoleSchema.safeParse({ ...base, role: "TASK_FORCE", services: ["LIBRARY"] }).success).toBe(false);
    expect(changeMemberRoleSchema.safeParse({ membershipId: "m", role: "PARTNER_STAFF", version: "x" }).success).toBe(false);
    expect(changeMemberRoleSchema.safeParse({ membershipId: "m", role: "PARTNER_STAFF", version: "" }).success).toBe(false);
  });
});
