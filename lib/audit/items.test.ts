import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import french from "@/lib/i18n/messages/fr";
import type { Message } from "@/lib/i18n/message";
import { inEnglish } from "@/tests/support/english";
import { describeItem as describeItemIn, namesForValues, type AuditLookups } from "./items";
import { itemTypeLabel } from "./labels";

/** The tests read the items in English, as the app's default reader does. */
const describeItem = (entityType: string, entityId: string, l: AuditLookups) => describeItemIn(entityType, entityId, l, inEnglish);

const lookups = (over: Partial<AuditLookups> = {}): AuditLookups => ({
  programmeId: "p1",
  programmeTitle: "Green Skills",
  mayConfigure: true,
  engagements: new Map([["e1", { institutionName: "Partner A University", service: "LEGAL" }]]),
  issues: new Map([["i1", { number: 12, title: "Grading scale" }]]),
  advice: new Map([
    ["a1", { summary: "Both logos", removed: false }],
    ["a2", { summary: null, removed: false }],
  ]),
  attachments: new Map([["f1", { fileName: "letter.pdf", adviceId: "a1" }]]),
  comments: new Map([["c1", { body: "Our registrar uses the ECTS table.", issueNumber: 12, issueTitle: "Grading scale" }]]),
  partners: new Map([["pp1", { institutionName: "Partner A University" }]]),
  memberships: new Map([["m1", { userName: "Ana Staff", role: "PARTNER_STAFF", institutionName: "Partner A University" }]]),
  people: new Map([["u1", "Ana Staff"]]),
  institutions: new Map([["inst1", "Partner A University"]]),
  ...over,
});

describe("audit items", () => {
  it("names each kind of item and links to its page", () => {
    const l = lookups();
    expect(describeItem("Engagement", "e1", l)).toEqual({
      typeLabel: "Engagement",
      label: "Partner A University · Legal",
      href: "/programmes/p1/services/e1",
    });
    expect(describeItem("BoardIssue", "i1", l)).toEqual({
      typeLabel: "Board issue",
      label: "#12 Grading scale",
      href: "/programmes/p1/board/12",
    });
    expect(describeItem("AdviceEntry", "a1", l)).toEqual({ typeLabel: "Advice", label: "“Both logos”", href: "/programmes/p1/advice/a1" });
    expect(describeItem("Attachment", "f1", l)).toEqual({
      typeLabel: "Attachment",
      label: "letter.pdf on advice “Both logos”",
      href: "/programmes/p1/advice/a1",
    });
    expect(describeItem("BoardComment", "c1", l)).toEqual({
      typeLabel: "Comment",
      label: "“Our registrar uses the ECTS table.” on #12 Grading scale",
      href: "/programmes/p1/board/12",
    });
    expect(describeItem("ProgrammePartner", "pp1", l)).toEqual({
      typeLabel: "Partner",
      label: "Partner A University",
      href: "/programmes/p1/settings",
    });
    expect(describeItem("Membership", "m1", l)).toEqual({
      typeLabel: "Member",
      label: "Ana Staff · Partner staff, Partner A University",
      href: "/programmes/p1/people",
    });
    expect(describeItem("Programme", "p1", l)).toEqual({ typeLabel: "Programme", label: "Green Skills", href: "/programmes/p1/settings" });
    expect(describeItem("User", "u1", l)).toEqual({ typeLabel: "Person", label: "Ana Staff", href: null });
  });

  it("links only to what the reader may open, and says when an item is gone", () => {
    const l = lookups({ mayConfigure: false });
    expect(describeItem("AdviceEntry", "a2", l)).toEqual({
      typeLabel: "Advice",
      label: "an entry you cannot read (another institution's draft)",
      href: null,
    });
    expect(describeItem("ProgrammePartner", "pp1", l).href).toBeNull();
    expect(describeItem("Engagement", "gone", l)).toEqual({ typeLabel: "Engagement", label: null, href: null });
    expect(describeItem("SomethingNew", "x", l)).toEqual({ typeLabel: "Something new", label: null, href: null });
  });

  it("shortens long comments in the item cell", () => {
    const body = "x".repeat(500);
    const l = lookups({ comments: new Map([["c1", { body, issueNumber: 1, issueTitle: "T" }]]) });
    expect(describeItem("BoardComment", "c1", l).label).toHaveLength(`“${"x".repeat(199)}…” on #1 T`.length);
  });

  it("names ids found inside changes (comments by their text)", () => {
    const names = namesForValues(lookups(), inEnglish);
    expect(names.get("c1")).toBe("Our registrar uses the ECTS table.");
    expect(names.get("e1")).toBe("Partner A University · Legal");
    expect(names.get("a1")).toBe("“Both logos”");
    expect(names.get("u1")).toBe("Ana Staff");
    expect(inEnglish(itemTypeLabel("AdviceEntry"))).toBe("Advice");
  });

  it("says the item in the reader's language, names and typed text as they are", () => {
    const t = createTranslator({ locale: "fr", messages: french });
    const inFrench = (message: Message) => t(message.key, message.values);
    const l = lookups();
    expect(describeItemIn("Engagement", "e1", l, inFrench)).toMatchObject({
      typeLabel: "Consultation",
      label: "Partner A University · Service juridique",
    });
    expect(describeItemIn("Membership", "m1", l, inFrench).label).toBe("Ana Staff · Personnel partenaire, Partner A University");
    expect(describeItemIn("AdviceEntry", "a1", l, inFrench).label).toBe("«\u00a0Both logos\u00a0»");
    expect(describeItemIn("AdviceEntry", "a2", l, inFrench).label).toBe(
      "une entrée que vous ne pouvez pas lire (brouillon d’un autre établissement)",
    );
    expect(describeItemIn("Attachment", "f1", l, inFrench).label).toBe("letter.pdf de l’avis «\u00a0Both logos\u00a0»");
    expect(describeItemIn("BoardIssue", "i1", l, inFrench)).toMatchObject({ typeLabel: "Point ouvert", label: "#12 Grading scale" });
  });
});
