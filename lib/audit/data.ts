import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can } from "@/lib/auth/permissions";
import { loadProgrammeActor } from "@/lib/programmes/data";
import { startOfDayIn, UTC_READER, type Reader } from "@/lib/domain/dates";
import { msg } from "@/lib/i18n/message";
import { canReadAdvice } from "@/lib/advice/policy";
import type { ProgrammeActor } from "@/lib/auth/permissions";
import { describeChanges, referencedIds, type FieldChange, type Say } from "./format";
import { describeItem, namesForValues, type AuditItem, type AuditLookups } from "./items";
import { actionLabel, itemTypeLabel } from "./labels";
import { AUDIT_PAGE_SIZE, type AuditFilters } from "./schema";
import { compareNames } from "@/lib/domain/lists";

/** One entry, in the reader's language (only names, what people typed and ids stay as they are). */
type AuditRow = {
  id: string;
  at: Date;
  actorName: string;
  action: string;
  actionLabel: string;
  entityType: string;
  entityId: string;
  item: AuditItem;
  changes: FieldChange[];
};

type AuditTrail = {
  rows: AuditRow[];
  total: number;
  page: number;
  pageCount: number;
  options: {
    actors: { id: string; name: string }[];
    actions: { value: string; label: string }[];
    entities: { value: string; label: string }[];
  };
};

const DAY_MS = 24 * 60 * 60 * 1000;
const dayAfter = (isoDay: string) => new Date(Date.parse(`${isoDay}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);

/**
 * The programme's audit trail, for those who may see it (`audit.view`: the team leader), else
 * null — the page answers 404, as for any programme one may not look into. Every query is scoped
 * to this programme in its where clause. The rows store identifiers ("moveEngagement", "dueDate",
 * "IN_CONSULTATION"); they come back in words, said with `say` in the reader's language.
 */
export async function listAuditTrail(
  user: { id: string; isPlatformAdmin: boolean },
  programmeId: string,
  filters: AuditFilters,
  /** Says the labels in the reader's language: getSay() on the page. */
  say: Say,
  /** Who reads: the date filters are whole days in their zone, and dates in the changes are shown in it (and its locale). */
  reader: Reader = UTC_READER,
): Promise<AuditTrail | null> {
  const actor = await loadProgrammeActor(user, programmeId);
  if (!actor || !can(actor, "audit.view")) return null;

  const where: Prisma.AuditLogWhereInput = {
    programmeId,
    ...(filters.actor ? { actorId: filters.actor === "system" ? null : filters.actor } : {}),
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.entity ? { entityType: filters.entity } : {}),
    // Whole days where the reader is (the page names the zone): "to" includes that day.
    ...(filters.from || filters.to
      ? {
          at: {
            ...(filters.from ? { gte: startOfDayIn(filters.from, reader.timeZone) } : {}),
            ...(filters.to ? { lt: startOfDayIn(dayAfter(filters.to), reader.timeZone) } : {}),
          },
        }
      : {}),
  };

  const [total, actorGroups, actionGroups, entityGroups] = await Promise.all([
    db.auditLog.count({ where }),
    db.auditLog.groupBy({ by: ["actorId"], where: { programmeId } }),
    db.auditLog.groupBy({ by: ["action"], where: { programmeId }, orderBy: { action: "asc" } }),
    db.auditLog.groupBy({ by: ["entityType"], where: { programmeId }, orderBy: { entityType: "asc" } }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(filters.page, pageCount);
  const actorIds = actorGroups.map((g) => g.actorId).filter((id): id is string => id !== null);
  const [rows, actors] = await Promise.all([
    db.auditLog.findMany({
      where,
      orderBy: [{ at: "desc" }, { id: "desc" }],
      skip: (page - 1) * AUDIT_PAGE_SIZE,
      take: AUDIT_PAGE_SIZE,
      select: {
        id: true,
        at: true,
        action: true,
        entityType: true,
        entityId: true,
        before: true,
        after: true,
        actor: { select: { name: true } },
      },
    }),
    db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);

  const lookups = await loadAuditLookups(actor, programmeId, rows);
  const view = { names: namesForValues(lookups, say), reader, say };
  const system = say(msg("audit.system"));
  const byLabel = compareNames(reader.locale);

  return {
    total,
    page,
    pageCount,
    rows: rows.map((r) => ({
      id: r.id.toString(),
      at: r.at,
      actorName: r.actor?.name ?? system,
      action: r.action,
      actionLabel: say(actionLabel(r.action)),
      entityType: r.entityType,
      entityId: r.entityId,
      item: describeItem(r.entityType, r.entityId, lookups, say),
      changes: describeChanges(r.before, r.after, view),
    })),
    options: {
      actors: [...actors, ...(actorGroups.some((g) => g.actorId === null) ? [{ id: "system", name: system }] : [])],
      // Sorted by what the reader sees, in their language's order.
      actions: actionGroups.map((g) => ({ value: g.action, label: say(actionLabel(g.action)) })).sort((a, b) => byLabel(a.label, b.label)),
      entities: entityGroups
        .map((g) => ({ value: g.entityType, label: say(itemTypeLabel(g.entityType)) }))
        .sort((a, b) => byLabel(a.label, b.label)),
    },
  };
}

const byId = <T extends { id: string }, V>(rows: T[], value: (row: T) => V) => new Map(rows.map((r) => [r.id, value(r)]));

/**
 * Everything one page of rows mentions — the rows' own items and the ids inside their before/after —
 * looked up with one query per item type (at most nine, whatever the page size), each scoped to this
 * programme in its where clause, so a row never names something of another programme.
 */
async function loadAuditLookups(
  actor: ProgrammeActor,
  programmeId: string,
  rows: { entityType: string; entityId: string; before: unknown; after: unknown }[],
): Promise<AuditLookups> {
  const ofType = (type: string) => rows.filter((r) => r.entityType === type).map((r) => r.entityId);
  const mentioned = rows.flatMap((r) => referencedIds(r.before, r.after));
  const idsOf = (...types: string[]) => [...new Set([...types.flatMap(ofType), ...mentioned])];
  /** No query for a type the page does not mention. */
  const ifAny = <T>(ids: string[], query: () => Promise<T[]>): Promise<T[]> => (ids.length > 0 ? query() : Promise.resolve([]));

  const [engagements, issues, advice, attachments, comments, partners, memberships, people, institutions, programme] = await Promise.all([
    ifAny(idsOf("Engagement"), () =>
      db.engagement.findMany({
        where: { programmeId, id: { in: idsOf("Engagement") } },
        select: { id: true, service: true, partner: { select: { institution: { select: { name: true } } } } },
      }),
    ),
    ifAny(idsOf("BoardIssue"), () =>
      db.boardIssue.findMany({ where: { programmeId, id: { in: idsOf("BoardIssue") } }, select: { id: true, number: true, title: true } }),
    ),
    // An attachment's row names its entry (before.adviceId), so entries and attachments load side by side.
    ifAny(idsOf("AdviceEntry"), () =>
      db.adviceEntry.findMany({
        where: { programmeId, id: { in: idsOf("AdviceEntry") } },
        select: { id: true, summary: true, institutionId: true, service: true, visibility: true, deletedAt: true },
      }),
    ),
    ifAny(ofType("Attachment"), () =>
      db.attachment.findMany({
        where: { id: { in: ofType("Attachment") }, advice: { programmeId } },
        select: { id: true, fileName: true, adviceId: true },
      }),
    ),
    ifAny(idsOf("BoardComment"), () =>
      db.boardComment.findMany({
        where: { id: { in: idsOf("BoardComment") }, issue: { programmeId } },
        select: { id: true, body: true, issue: { select: { number: true, title: true } } },
      }),
    ),
    ifAny(ofType("ProgrammePartner"), () =>
      db.programmePartner.findMany({
        where: { programmeId, id: { in: ofType("ProgrammePartner") } },
        select: { id: true, institution: { select: { name: true } } },
      }),
    ),
    ifAny(ofType("Membership"), () =>
      db.membership.findMany({
        where: { programmeId, id: { in: ofType("Membership") } },
        select: { id: true, role: true, user: { select: { name: true } }, institution: { select: { name: true } } },
      }),
    ),
    ifAny(idsOf("User"), () => db.user.findMany({ where: { id: { in: idsOf("User") } }, select: { id: true, name: true } })),
    ifAny(idsOf("Institution"), () =>
      db.institution.findMany({ where: { id: { in: idsOf("Institution") } }, select: { id: true, name: true } }),
    ),
    ofType("Programme").length > 0 ? db.programme.findUnique({ where: { id: programmeId }, select: { title: true } }) : null,
  ]);

  return {
    programmeId,
    programmeTitle: programme?.title ?? null,
    mayConfigure: can(actor, "programme.configure"),
    engagements: byId(engagements, (e) => ({ institutionName: e.partner.institution.name, service: e.service })),
    issues: byId(issues, (i) => ({ number: i.number, title: i.title })),
    advice: byId(advice, (a) => {
      const readable = canReadAdvice(actor, a) && (!a.deletedAt || can(actor, "advice.restore"));
      return { summary: readable ? a.summary : null, removed: a.deletedAt !== null };
    }),
    attachments: byId(attachments, (a) => ({ fileName: a.fileName, adviceId: a.adviceId })),
    comments: byId(comments, (c) => ({ body: c.body, issueNumber: c.issue.number, issueTitle: c.issue.title })),
    partners: byId(partners, (p) => ({ institutionName: p.institution.name })),
    memberships: byId(memberships, (m) => ({ userName: m.user.name, role: m.role, institutionName: m.institution.name })),
    people: byId(people, (p) => p.name),
    institutions: byId(institutions, (i) => i.name),
  };
}
