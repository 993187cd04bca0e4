// What an audit row is about, as a person reads it: "Partner A University · Legal", "Issue #12
// Grading scale", "Advice “Both logos”" — with a link when the reader may open the item. The rows
// of one page are looked up together (lib/audit/data.ts, one query per item type); this file only
// turns those lookups into words (in the reader's language: `say`) and links, so it needs no database.
import type { MemberRole, Service } from "@/lib/generated/prisma/enums";
import { msg } from "@/lib/i18n/message";
import type { Say } from "./format";
import { itemTypeLabel } from "./labels";

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

function engagementLabel(e: { institutionName: string; service: Service }, say: Say): string {
  return `${e.institutionName} · ${say(msg(`domain.service.${e.service}`))}`;
}

/** Long texts (comments) shortened for a table cell; the item's own page shows them whole. */
function excerpt(text: string, max = 200): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function adviceLabel(a: { summary: string | null }, say: Say): string {
  return say(a.summary === null ? msg("audit.item.adviceUnreadable") : msg("audit.item.advice", { summary: a.summary }));
}

/** The row's item, by type. An item that no longer exists keeps its type and says so. */
export function describeItem(entityType: string, entityId: string, l: AuditLookups, say: Say): AuditItem {
  const typeLabel = say(itemTypeLabel(entityType));
  const base = `/programmes/${l.programmeId}`;
  const item = (label: string | null, href: string | null = null): AuditItem => ({ typeLabel, label, href: label === null ? null : href });
  switch (entityType) {
    case "Engagement": {
      const e = l.engagements.get(entityId);
      return item(e ? engagementLabel(e, say) : null, `${base}/services/${entityId}`);
    }
    case "BoardIssue": {
      const i = l.issues.get(entityId);
      return item(i ? `#${i.number} ${i.title}` : null, i ? `${base}/board/${i.number}` : null);
    }
    case "BoardComment": {
      const c = l.comments.get(entityId);
      return item(
        c ? say(msg("audit.item.comment", { excerpt: excerpt(c.body), number: String(c.issueNumber), title: c.issueTitle })) : null,
        c ? `${base}/board/${c.issueNumber}` : null,
      );
    }
    case "AdviceEntry": {
      const a = l.advice.get(entityId);
      return item(a ? adviceLabel(a, say) : null, a && a.summary !== null ? `${base}/advice/${entityId}` : null);
    }
    case "Attachment": {
      const file = l.attachments.get(entityId);
      const advice = file && l.advice.get(file.adviceId);
      if (!file) return item(null);
      const readable = advice && advice.summary !== null;
      return item(
        readable ? say(msg("audit.item.attachment", { fileName: file.fileName, advice: adviceLabel(advice, say) })) : file.fileName,
        readable ? `${base}/advice/${file.adviceId}` : null,
      );
    }
    case "ProgrammePartner": {
      const p = l.partners.get(entityId);
      return item(p ? p.institutionName : null, l.mayConfigure ? `${base}/settings` : null);
    }
    case "Membership": {
      const m = l.memberships.get(entityId);
      return item(m ? `${m.userName} · ${say(msg(`domain.role.${m.role}`))}, ${m.institutionName}` : null, `${base}/people`);
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
export function namesForValues(l: AuditLookups, say: Say): Map<string, string> {
  const names = new Map<string, string>([...l.people, ...l.institutions]);
  for (const [id, e] of l.engagements) names.set(id, engagementLabel(e, say));
  for (const [id, i] of l.issues) names.set(id, `#${i.number} ${i.title}`);
  for (const [id, a] of l.advice) names.set(id, adviceLabel(a, say));
  for (const [id, c] of l.comments) names.set(id, c.body);
  for (const [id, p] of l.partners) names.set(id, p.institutionName);
  return names;
}
