import { ADVICE_LOGGED_NOTE } from "@/lib/engagements/transitions";
import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import german from "@/lib/i18n/messages/de";
import polish from "@/lib/i18n/messages/pl";
import type { Locale } from "@/lib/i18n/locales";
import type { Message } from "@/lib/i18n/message";
import type { Messages } from "@/lib/i18n/messages";
import { inEnglish } from "@/tests/support/english";
import { describeChanges, formatAuditValue, referencedIds } from "./format";
import { actionLabel, AUDIT_ACTIONS, AUDIT_FIELDS, AUDIT_ITEM_TYPES, fieldLabel, humanize, itemTypeLabel } from "./labels";
import { parseAuditFilters } from "./schema";

const english = { say: inEnglish };
const sayer = (locale: Locale, messages: unknown) => {
  const t = createTranslator({ locale, messages: messages as Messages });
  return (message: Message) => t(message.key, message.values);
};
const inGerman = sayer("de", german);
const inPolish = sayer("pl", polish);

describe("audit formatting", () => {
  it("turns identifiers into words", () => {
    expect(humanize("moveEngagement")).toBe("Move engagement");
    expect(humanize("ProgrammePartner")).toBe("Programme partner");
    expect(humanize("blockedFromStage")).toBe("Blocked from stage");
  });

  it("shows only the fields that changed, in readable values", () => {
    const changes = describeChanges(
      { stage: "CONTACTED", blockedFromStage: null, version: 1, dueDate: "2026-12-01T00:00:00.000Z", same: "x" },
      {
        stage: "IN_CONSULTATION",
        blockedFromStage: null,
        version: 2,
        note: "Called the office",
        same: "x",
        services: ["LEGAL", "IT_SYSTEMS"],
      },
      english,
    );
    expect(changes).toEqual([
      { field: "stage", label: "Stage", from: "Contacted", to: "In consultation" },
      { field: "version", label: "Version", from: "1", to: "2" },
      { field: "dueDate", label: "Due date", from: "1 Dec 2026", to: "—" },
      { field: "note", label: "Note", from: "—", to: "Called the office" },
      { field: "services", label: "Services", from: "—", to: "Legal, It systems" },
    ]);
  });

  it("shows referenced ids by name and drops the 'id' from the field label", () => {
    const names = new Map([
      ["u1", "Ana Staff"],
      ["i1", "Partner A University"],
      ["LEGAL", "Legal"],
    ]);
    expect(
      describeChanges({}, { userId: "u1", institutionId: "i1", services: ["LEGAL"], ownerId: "gone" }, { names, say: inEnglish }),
    ).toEqual([
      { field: "userId", label: "User", from: "—", to: "Ana Staff" },
      { field: "institutionId", label: "Institution", from: "—", to: "Partner A University" },
      { field: "services", label: "Services", from: "—", to: "Legal" },
      { field: "ownerId", label: "Owner", from: "—", to: "gone" },
    ]);
    expect(referencedIds({ userId: "u1", assigneeIds: ["u2"], title: "x" }, null, { institutionId: "i1" })).toEqual(["u1", "u2", "i1"]);
  });

  it("shows calendar days as days and moments in the reader's zone, never as raw ISO strings", () => {
    const warsaw = { timeZone: "Europe/Warsaw" };
    expect(
      describeChanges(
        { dueDate: "2026-12-01T00:00:00.000Z", archivedAt: null },
        { dueDate: "2026-12-24", archivedAt: "2026-11-24T23:30:00.000Z" },
        { reader: warsaw, say: inEnglish },
      ),
    ).toEqual([
      { field: "dueDate", label: "Due date", from: "1 Dec 2026", to: "24 Dec 2026" },
      { field: "archivedAt", label: "Archived at", from: "—", to: "25 Nov 2026, 00:30 CET" },
    ]);
    expect(formatAuditValue("2026-11-24T23:30:00.000Z", english)).toBe("24 Nov 2026, 23:30 UTC");
  });

  it("copes with rows that have no before or after", () => {
    expect(describeChanges(null, { title: "New" }, english)).toEqual([{ field: "title", label: "Title", from: "—", to: "New" }]);
    expect(describeChanges(undefined, undefined, english)).toEqual([]);
    expect(formatAuditValue(true, english)).toBe("Yes");
    expect(formatAuditValue("x".repeat(400), english)).toHaveLength(301);
  });

  it("drops invalid filters with a message instead of failing the page", () => {
    const { filters, problems } = parseAuditFilters({ from: "31/12/2026", to: "2026-12-31", page: "-4", action: ["moveEngagement", "x"] });
    expect(filters).toEqual({ from: undefined, to: "2026-12-31", page: 1, action: "moveEngagement", actor: undefined, entity: undefined });
    expect(problems.map((p) => inEnglish(p))).toEqual(["From: Enter a date as YYYY-MM-DD. That filter was ignored."]);
    const swapped = parseAuditFilters({ from: "2026-12-31", to: "2026-01-01" });
    expect(swapped.filters).toMatchObject({ from: "2026-01-01", to: "2026-12-31" });
    expect(swapped.problems.map((p) => inEnglish(p))).toEqual(["The dates were the wrong way round; they have been swapped."]);
    expect(parseAuditFilters({ actor: "x".repeat(300) }).problems.map((p) => inEnglish(p))).toEqual([
      "Who: This value cannot be used. That filter was ignored.",
    ]);
  });

  it("says the words of a row in the reader's language, names and typed text as they are", () => {
    const changes = describeChanges(
      { stage: "CONTACTED", dueDate: null, followUpNeeded: false, services: [] },
      { stage: "IN_CONSULTATION", dueDate: "2026-12-01", followUpNeeded: true, services: ["LEGAL", "IT"], ects: 7.5, note: "Rückruf" },
      { reader: { timeZone: "Europe/Berlin", locale: "de-DE" }, say: inGerman },
    );
    expect(changes).toEqual([
      { field: "stage", label: "Phase", from: "Kontaktiert", to: "In Abstimmung" },
      { field: "dueDate", label: "Fällig am", from: "—", to: "1. Dez. 2026" },
      { field: "followUpNeeded", label: "Nachverfolgung nötig", from: "Nein", to: "Ja" },
      { field: "services", label: "Servicebereiche", from: "—", to: "Rechtsabteilung, IT" },
      { field: "ects", label: "ECTS", from: "—", to: "7,5" },
      { field: "note", label: "Notiz", from: "—", to: "Rückruf" },
    ]);
    // Board and advice enums, a note the app wrote itself, and a stored Message are translated too.
    expect(formatAuditValue("WAITING_ON_PARTNER", { say: inPolish })).toBe("Czeka na partnera");
    expect(formatAuditValue("PRECONDITION", { say: inPolish })).toBe("Warunek wstępny");
    expect(formatAuditValue(ADVICE_LOGGED_NOTE, { say: inPolish })).toBe("Opinię zapisano w rejestrze opinii.");
    expect(formatAuditValue({ key: "audit.value.yes" }, { say: inPolish })).toBe("Tak");
  });

  it("keeps the English of every known identifier as it was, and names an unknown one in any language", () => {
    // English names each action and field as it reads; a few differ from the identifier split into words.
    const READ_DIFFERENTLY: Record<string, string> = {
      commentIssue: "Comment on issue",
      setLocale: "Set language",
      sendTestEmail: "Send test e-mail",
      locale: "Language",
      isPlatformAdmin: "Platform admin",
      isProgrammeCreator: "Programme creator",
      followUpIssue: "Follow-up issue",
      followUpNeeded: "Follow-up needed",
      followUpNote: "Follow-up note",
      ects: "ECTS",
      eqfLevel: "EQF level",
      schacCode: "SCHAC code",
      givenByName: "Given by",
      staleAfterDays: "Stale after (days)",
      setInstitutionRequiresSso: "Set single sign-on requirement",
      bindSsoIdentity: "Link single sign-on identity",
      createUserJustInTime: "Create user at first sign-in",
      refuseSsoSignIn: "Refuse single sign-on",
      clientId: "Client ID",
      institutionIds: "Institutions",
      allowJustInTime: "Accounts at first sign-in",
      requireSso: "Single sign-on required",
      endSessionEndpoint: "Logout address",
      institutionsNoLongerRequiringSso: "Institutions no longer requiring single sign-on",
      slug: "Short name (URL)",
      reviseDecision: "New version of decision",
      signOffDecision: "Answer decision",
      statusReason: "Reason",
      step: "Plan step",
      text: "Conditions or objection",
      signOffId: "Answer",
      withdrawnAt: "Withdrawn",
      ruleSource: "Source of the rule",
      ruleLevel: "Level of the rule",
      element: "Blocks",
      raisedFromAdviceId: "Raised from advice",
      raisedFromIssueId: "Raised from board issue",
      evidenceAdviceId: "Evidence",
    };
    for (const action of AUDIT_ACTIONS) expect(inEnglish(actionLabel(action))).toBe(READ_DIFFERENTLY[action] ?? humanize(action));
    for (const field of AUDIT_FIELDS)
      expect(inEnglish(fieldLabel(field))).toBe(READ_DIFFERENTLY[field] ?? humanize(field.replace(/(.)Id$/, "$1")));
    for (const type of AUDIT_ITEM_TYPES) expect(inGerman(itemTypeLabel(type))).not.toContain("audit.");
    expect(inEnglish(actionLabel("probeMany"))).toBe("Probe many");
    expect(inGerman(actionLabel("probeMany"))).toBe("Andere Aktion (Probe many)");
    expect(inEnglish(fieldLabel("reviewerId"))).toBe("Reviewer");
    expect(inPolish(fieldLabel("reviewerId"))).toBe("Pole „Reviewer”");
    expect(inEnglish(itemTypeLabel("SomethingNew"))).toBe("Something new");
    expect(inGerman(actionLabel("moveEngagement"))).toBe("Phase der Einbindung ändern");
  });
});
