import { describe, expect, it } from "vitest";
import { msg } from "@/lib/i18n/message";
import { digestContent, SECTION_LINES, type DigestItem } from "./content";

const item = (programmeId: string, programmeTitle: string, kind: DigestItem["kind"], n = 1): DigestItem => ({
  programmeId,
  programmeTitle,
  kind,
  text: msg("notifications.message.dueSoonIssue", { number: n, title: `Issue ${n}` }),
  href: `/programmes/${programmeId}/board/${n}`,
});

describe("the digest's content", () => {
  it("groups by programme (by name): what changed, due tomorrow, overdue, then the next steps", () => {
    const content = digestContent({
      name: "Ana",
      hour: "08:00",
      timeZone: "Europe/Madrid",
      items: [
        item("p2", "Zeta", "ISSUE_COMMENT"),
        item("p1", "Alpha", "OVERDUE"),
        item("p1", "Alpha", "DUE_SOON"),
        item("p1", "Alpha", "ENGAGEMENT_STAGE"),
      ],
      nextSteps: new Map([["p1", [{ title: msg("notifications.digest.action"), path: "/programmes/p1/services/e1" }]]]),
      unsubscribePath: "/unsubscribe/x",
    });
    expect(content.sections?.map((s) => [s.heading.key, s.heading.values?.programme])).toEqual([
      ["notifications.digest.changed", "Alpha"],
      ["notifications.digest.dueSoon", "Alpha"],
      ["notifications.digest.overdue", "Alpha"],
      ["notifications.digest.nextSteps", "Alpha"],
      ["notifications.digest.changed", "Zeta"],
    ]);
    expect(content.subject).toEqual(msg("notifications.digest.subject", { count: 4, programmes: "Alpha, Zeta" }));
    expect(content.unsubscribePath).toBe("/unsubscribe/x");
    expect(content.footer).toEqual([msg("notifications.digest.footer", { hour: "08:00", timeZone: "Europe/Madrid" })]);
  });

  it("counts what does not fit in a section, with a link to the inbox", () => {
    const many = Array.from({ length: SECTION_LINES + 4 }, (_, i) => item("p1", "Alpha", "ISSUE_COMMENT", i));
    const [section] = digestContent({
      name: "Ana",
      hour: "08:00",
      timeZone: "UTC",
      items: many,
      nextSteps: new Map(),
      unsubscribePath: "/u",
    }).sections!;
    expect(section?.lines).toHaveLength(SECTION_LINES + 1);
    expect(section?.lines.at(-1)).toEqual({ text: msg("notifications.digest.more", { count: 4 }), path: "/notifications" });
  });
});
