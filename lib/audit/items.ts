// What an audit row is about, as a person reads it: "Partner A University · Legal", "Issue #12
// Grading scale", "Advice “Both logos”" — with a link when the reader may open the item. The rows
// of one page are looked up together (lib/audit/data.ts, one query per item type); this file only
// turns those lookups into words and links, so it needs no database.
import { ROLE_LABELS } from "@/lib/domain/labels";
import { SERVICE_LABELS } from "@/lib/domain/services";
import type { MemberRole, Service } from "@/lib/generated/prisma/enums";
import { humanize } from "./format";

export type AuditItem = {
  /** What kind of thing: "Engagement", "Board issue"… */
  typeLabel: string;
  /** Which one: "Partner A University · Legal"; null when it cannot be found any more. */
  label: string | null;
  href: string | null;
};

/** The page's items, found by id (each map holds only ids of this programme). */
export type AuditLookups = {
  programmeId: string;
  programmeTitle: string | null;
  /** Whether the reader may open programme settings and the People page's management (partners, members). */
  mayConfigure: boolean;
  engagements: ReadonlyMap<string, { institutionName: string; service: Service }>;
  issues: ReadonlyMap<string, { number: number; title: string }>;
  /** summary null: an entry the reader may not read (a draft of another institution). */
  advice: ReadonlyMap<string, { summary: string | null; removed: boolean }>;
  attachments: ReadonlyMap<string, { fileName: string; adviceId: string }>;
  comments: ReadonlyMap<string, { body: string; issueNumber: number; issueTitle: string }>;
  partners: ReadonlyMap<string, { institutionName: string }>;
  memberships: ReadonlyMap<string, { userName: string; role: MemberRole; institutionName: string }>;
  people: ReadonlyMap<string, string>;
  institutions: ReadonlyMap<string, string>;
};

const TYPE_LABELS: Record<string, string> = {
  AdviceEntry: "Advice",
  BoardIssue: "Board issue",
  BoardComment: "Comment",
  ProgrammePartner: "Partner",
  Membership: "Member",
  User: "Person",
};

/** "Board issue", "Advice", "Partner"… (the item type filter and each row say the same). */
export function itemTypeLabel(entityType: string): string {
  return TYPE_LABELS[entityType] ?? humanize(entityType);
}

function engagementLabel(e: { institutionName: string; service: Service }): string {
  return `${e.institutionName} · ${SERVICE_LABELS[e.service]}`;
}

/** Long texts (comments) shortened for a table cell; the item's own page shows them whole. */
function excerpt(text: string, max = 200): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function adviceLabel(a: { summary: string | null }): string {
  return a.summary === null ? "an entry you cannot read (another institution's draft)" : `“${a.summary}”`;
}

/** The row's item, by type. An item that no longer exists keeps its type and says so. */
export function describeItem(entityType: string, entityId: string, l: AuditLookups): AuditItem {
  const typeLabel = itemTypeLabel(entityType);
  const base = `/programmes/${l.programmeId}`;
  const item = (label: string | null, href: string | null = null): AuditItem => ({ typeLabel, label, href: label === null ? null : href });
  switch (entityType) {
    case "Engagement": {
      const e = l.engagements.get(entityId);
      return item(e ? engagementLabel(e) : null, `${base}/services/${entityId}`);
    }
    case "BoardIssue": {
      const i = l.issues.get(entityId);
      return item(i ? `#${i.number} ${i.title}` : null, i ? `${base}/board/${i.number}` : null);
    }
    case "BoardComment": {
      const c = l.comments.get(entityId);
      return item(c ? `“${excerpt(c.body)}” on #${c.issueNumber} ${c.issueTitle}` : null, c ? `${base}/board/${c.issueNumber}` : null);
    }
    case "AdviceEntry": {
      const a = l.advice.get(entityId);
      return item(a ? adviceLabel(a) : null, a && a.summary !== null ? `${base}/advice/${entityId}` : null);
    }
    case "Attachment": {
      const file = l.attachments.get(entityId);
      const advice = file && l.advice.get(file.adviceId);
      if (!file) return item(null);
      const readable = advice && advice.summary !== null;
      return item(
        readable ? `${file.fileName} on advice ${adviceLabel(advice)}` : file.fileName,
        readable ? `${base}/advice/${file.adviceId}` : null,
      );
    }
    case "ProgrammePartner": {
      const p = l.partners.get(entityId);
      return item(p ? p.institutionName : null, l.mayConfigure ? `${base}/settings` : null);
    }
    case "Membership": {
      const m = l.memberships.get(entityId);
      return item(m ? `${m.userName} · ${ROLE_LABELS[m.role]}, ${m.institutionName}` : null, `${base}/people`);
    }
    case "Programme":
      return item(l.programmeTitle, l.mayConfigure ? `${base}/settings` : null);
    case "User":
      return item(l.people.get(entityId) ?? null);
    case "Institution":
      return item(l.institutions.get(entityId) ?? null);
    default:
      return item(null);
  }
}

/**
 * Names for ids that appear inside a row's before/after (engagementId, adviceId, commentId…), so the
 * changes read "Comment: Our registrar uses the ECTS table." instead of an id.
 */
export function namesForValues(l: AuditLookups): Map<string, string> {
  const names = new Map<string, string>([...l.people, ...l.institutions]);
  for (const [id, e] of l.engagements) names.set(id, engagementLabel(e));
  for (const [id, i] of l.issues) names.set(id, `#${i.number} ${i.title}`);
  for (const [id, a] of l.advice) names.set(id, adviceLabel(a));
  for (const [id, c] of l.comments) names.set(id, c.body);
  for (const [id, p] of l.partners) names.set(id, p.institutionName);
  return names;
}
