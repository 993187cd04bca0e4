import { describe, expect, it } from "vitest";
import { readStoredMessage } from "@/lib/i18n/message";
import { planDueNotifications } from "./due";

describe("due-date notices", () => {
  const base = { userId: "u1", day: "2026-11-30", programmeId: "p1" };

  it("due tomorrow and overdue, once per item, person and day", () => {
    const [soon, late] = planDueNotifications([
      { ...base, daysUntil: 1, type: "engagement", itemId: "e1", service: "LEGAL", stage: "CONTACTED", institution: "Partner B" },
      { ...base, daysUntil: -3, type: "issue", itemId: "i1", number: 12, title: "Visa rules" },
    ]);
    expect(soon).toMatchObject({
      kind: "DUE_SOON",
      userId: "u1",
      href: "/programmes/p1/services/e1",
      dedupeKey: "DUE_SOON:engagement:e1:2026-11-30:u1",
    });
    expect(readStoredMessage(soon!.message)).toEqual({
      key: "notifications.message.dueSoonEngagement",
      values: { service: "LEGAL", institution: "Partner B", stage: "CONTACTED" },
    });
    expect(late).toMatchObject({
      kind: "OVERDUE",
      href: "/programmes/p1/board/12",
      dedupeKey: "OVERDUE:issue:i1:2026-11-30:u1",
      actorId: null,
    });
    expect(readStoredMessage(late!.message)?.values).toEqual({ number: 12, title: "Visa rules", days: 3 });
  });
});
