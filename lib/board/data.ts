import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { IssueStatus } from "@/lib/generated/prisma/enums";
import { serviceRank } from "@/lib/domain/services";
import { BOARD_STATUSES, DONE_STATUSES, type BoardFilters } from "./schema";
import type { Representative } from "./routing";

export const COLUMN_PAGE_SIZE = 20;
/** "Show all" on one column still stops here; the list view pages through any number. */
export const COLUMN_EXPANDED_LIMIT = 500;
export const LIST_PAGE_SIZE = 50;

const cardSelect = {
  id: true,
  number: true,
  title: true,
  priority: true,
  services: true,
  status: true,
  position: true,
  version: true,
  labels: true,
  dueDate: true,
  escalation: true,
  institution: { select: { shortName: true } },
  assignee: { select: { name: true } },
  _count: { select: { comments: true } },
} as const satisfies Prisma.BoardIssueSelect;

type CardRow = Prisma.BoardIssueGetPayload<{ select: typeof cardSelect }>;

/** What a card (and a list row) shows: a plain DTO safe to hand to client components. */
export type IssueCard = {
  id: string;
  number: number;
  title: string;
  priority: CardRow["priority"];
  services: CardRow["services"];
  status: IssueStatus;
  /** On the kanban (getBoardColumns): the card's 0-based place in its whole column; elsewhere the stored (gapped) ordering key. */
  position: number;
  version: number;
  labels: string[];
  dueDate: string | null;
  escalation: CardRow["escalation"];
  /** Only what a card shows: it goes to the browser once per card on the board. */
  institution: { shortName: string } | null;
  assignee: { name: string } | null;
  commentCount: number;
};

function toCard(row: CardRow): IssueCard {
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    priority: row.priority,
    services: [...row.services].sort((a, b) => serviceRank(a) - serviceRank(b)),
    status: row.status,
    position: row.position,
    version: row.version,
    labels: row.labels,
    dueDate: row.dueDate ? row.dueDate.toISOString().slice(0, 10) : null,
    escalation: row.escalation,
    institution: row.institution,
    assignee: row.assignee,
    commentCount: row._count.comments,
  };
}

function startOfTodayUtcDate(now = new Date()) {
  // dueDate is a calendar date stored as UTC midnight; compare with today's local calendar date.
  return new Date(Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()));
}

/** The filters as a where clause; always scoped to the programme. */
export function issueWhere(programmeId: string, filters: BoardFilters, userId: string): Prisma.BoardIssueWhereInput {
  const and: Prisma.BoardIssueWhereInput[] = [{ programmeId }];
  if (filters.service) and.push({ services: { has: filters.service } });
  if (filters.institution) and.push({ institutionId: filters.institution });
  if (filters.mine) and.push({ assigneeId: userId });
  else if (filters.assignee === "none") and.push({ assigneeId: null });
  else if (filters.assignee) and.push({ assigneeId: filters.assignee });
  if (filters.overdue) and.push({ dueDate: { lt: startOfTodayUtcDate() }, status: { notIn: [...DONE_STATUSES] } });
  if (filters.label) and.push({ labels: { has: filters.label.toLowerCase() } });
  const q = filters.q?.trim();
  if (q) {
    const number = /^#?(\d{1,9})$/.exec(q);
    and.push({
      OR: [
        { title: { contains: q, mode: "insensitive" } },
        { description: { contains: q, mode: "insensitive" } },
        { labels: { has: q.toLowerCase() } },
        ...(number ? [{ number: Number(number[1]) }] : []),
      ],
    });
  }
  return { AND: and };
}

export type BoardColumn = { status: IssueStatus; total: number; cards: IssueCard[]; limited: boolean };

/** Kanban: every column with its filtered count and its first cards in board order. */
export async function getBoardColumns(programmeId: string, filters: BoardFilters, userId: string): Promise<BoardColumn[]> {
  const where = issueWhere(programmeId, filters, userId);
  const [counts, ...columns] = await Promise.all([
    db.boardIssue.groupBy({ by: ["status"], where, _count: { _all: true } }),
    ...BOARD_STATUSES.map((status) =>
      db.boardIssue.findMany({
        where: { AND: [where, { status }] },
        orderBy: [{ position: "asc" }, { number: "asc" }],
        take: filters.more === status ? COLUMN_EXPANDED_LIMIT : COLUMN_PAGE_SIZE,
        select: cardSelect,
      }),
    ),
  ]);
  // Moves speak in indexes within the whole column; stored positions are gapped. Unfiltered, a column's
  // cards start at index 0; filtered, one query reads the shown cards' places in their full columns.
  const unfiltered = Object.keys(where.AND as object[]).length === 1;
  const shownIds = columns.flat().map((c) => c.id);
  const indexes = new Map<string, number>();
  if (!unfiltered && shownIds.length > 0) {
    const rows = await db.$queryRaw<{ id: string; index: number }[]>`
      SELECT "id", "index" FROM (
        SELECT "id", (row_number() OVER (PARTITION BY "status" ORDER BY "position", "number") - 1)::int AS "index"
        FROM "BoardIssue" WHERE "programmeId" = ${programmeId}
      ) c WHERE "id" = ANY(${shownIds})`;
    for (const r of rows) indexes.set(r.id, r.index);
  }
  return BOARD_STATUSES.map((status, i) => {
    const total = counts.find((c) => c.status === status)?._count._all ?? 0;
    const cards = (columns[i] ?? []).map((row, n) => ({ ...toCard(row), position: unfiltered ? n : (indexes.get(row.id) ?? n) }));
    return { status, total, cards, limited: cards.length < total };
  });
}

/** List view: the same filters, sorted by due date, priority or number, paginated. */
export async function listIssues(programmeId: string, filters: BoardFilters, userId: string) {
  const where = issueWhere(programmeId, filters, userId);
  const dir = filters.dir ?? (filters.sort === "priority" ? "desc" : "asc");
  const orderBy: Prisma.BoardIssueOrderByWithRelationInput[] =
    filters.sort === "priority"
      ? [{ priority: dir }, { dueDate: { sort: "asc", nulls: "last" } }, { number: "asc" }]
      : filters.sort === "number"
        ? [{ number: dir }]
        : [{ dueDate: { sort: dir, nulls: "last" } }, { priority: "desc" }, { number: "asc" }];
  const page = filters.page ?? 1;
  const [total, rows] = await Promise.all([
    db.boardIssue.count({ where }),
    db.boardIssue.findMany({ where, orderBy, skip: (page - 1) * LIST_PAGE_SIZE, take: LIST_PAGE_SIZE, select: cardSelect }),
  ]);
  return { total, page, pageCount: Math.max(1, Math.ceil(total / LIST_PAGE_SIZE)), rows: rows.map(toCard) };
}

/** What the board's filter form offers (institutions, assignees, labels): small, for the board page. */
export async function getBoardFilterOptions(programmeId: string) {
  const [partners, members, labels] = await Promise.all([
    db.programmePartner.findMany({
      where: { programmeId, archivedAt: null },
      orderBy: [{ role: "asc" }, { institution: { name: "asc" } }],
      select: { role: true, institution: { select: { id: true, name: true, shortName: true } } },
    }),
    db.membership.findMany({
      where: { programmeId, role: { in: ["TASK_FORCE", "TEAM_LEADER"] }, user: { deactivatedAt: null } },
      orderBy: { user: { name: "asc" } },
      select: {
        role: true,
        userId: true,
        institutionId: true,
        user: { select: { name: true } },
        institution: { select: { shortName: true } },
        representations: { select: { service: true } },
      },
    }),
    db.$queryRaw<
      { label: string }[]
    >`SELECT DISTINCT unnest(labels) AS label FROM "BoardIssue" WHERE "programmeId" = ${programmeId} ORDER BY 1 LIMIT 200`,
  ]);
  const assignees = new Map<string, { id: string; name: string; detail: string }>();
  for (const m of members) {
    const prior = assignees.get(m.userId);
    const detail = m.role === "TEAM_LEADER" ? "team leader" : `task force, ${m.institution.shortName}`;
    assignees.set(m.userId, { id: m.userId, name: m.user.name, detail: prior ? `${prior.detail}; ${detail}` : detail });
  }
  const representatives: Representative[] = members
    .filter((m) => m.role === "TASK_FORCE")
    .map((m) => ({
      userId: m.userId,
      name: m.user.name,
      institutionId: m.institutionId,
      services: m.representations.map((r) => r.service),
    }));
  return {
    institutions: partners.map((p) => ({ ...p.institution, lead: p.role === "LEAD" })),
    assignees: [...assignees.values()],
    representatives,
    labels: labels.map((l) => l.label),
  };
}
export type BoardFilterOptions = Awaited<ReturnType<typeof getBoardFilterOptions>>;

/** Everything the issue forms (new issue, issue page with edit) offer to choose from, including engagements and recent shared advice. */
export async function getBoardOptions(programmeId: string) {
  const [filterOptions, programme, engagements, advice] = await Promise.all([
    getBoardFilterOptions(programmeId),
    db.programme.findUnique({ where: { id: programmeId }, select: { leadInstitutionId: true } }),
    db.engagement.findMany({
      where: { programmeId },
      select: { id: true, service: true, institutionId: true, partner: { select: { institution: { select: { shortName: true } } } } },
    }),
    db.adviceEntry.findMany({
      where: { programmeId, deletedAt: null, visibility: "SHARED" },
      orderBy: { givenOn: "desc" },
      take: 200,
      select: { id: true, summary: true, service: true },
    }),
  ]);
  return {
    ...filterOptions,
    leadInstitutionId: programme?.leadInstitutionId ?? "",
    engagements: engagements
      .map((e) => ({ id: e.id, service: e.service, institutionId: e.institutionId, institution: e.partner.institution.shortName }))
      .sort((a, b) => a.institution.localeCompare(b.institution) || serviceRank(a.service) - serviceRank(b.service)),
    advice: advice.map((a) => ({ id: a.id, summary: a.summary, service: a.service })),
  };
}
export type BoardOptions = Awaited<ReturnType<typeof getBoardOptions>>;

/** One issue with its comments and full activity history, or null (also for other programmes). */
export async function getIssueDetail(programmeId: string, number: number) {
  const issue = await db.boardIssue.findUnique({
    where: { programmeId_number: { programmeId, number } },
    select: {
      ...cardSelect,
      authorId: true,
      institution: { select: { id: true, shortName: true, name: true } },
      assignee: { select: { id: true, name: true } },
      programmeId: true,
      description: true,
      resolutionNote: true,
      closeReason: true,
      closeNote: true,
      createdAt: true,
      updatedAt: true,
      author: { select: { id: true, name: true } },
      engagement: {
        select: { id: true, service: true, partner: { select: { institution: { select: { shortName: true, name: true } } } } },
      },
      advice: { select: { id: true, summary: true, deletedAt: true, visibility: true } },
      comments: {
        orderBy: { createdAt: "asc" },
        select: { id: true, body: true, createdAt: true, author: { select: { id: true, name: true } } },
      },
      events: {
        orderBy: { at: "asc" },
        select: { id: true, kind: true, changes: true, at: true, actor: { select: { id: true, name: true } } },
      },
    },
  });
  if (!issue) return null;
  return {
    ...toCard(issue),
    authorId: issue.authorId,
    institution: issue.institution,
    assignee: issue.assignee,
    description: issue.description,
    resolutionNote: issue.resolutionNote,
    closeReason: issue.closeReason,
    closeNote: issue.closeNote,
    createdAt: issue.createdAt,
    author: issue.author,
    engagement: issue.engagement
      ? { id: issue.engagement.id, service: issue.engagement.service, institution: issue.engagement.partner.institution }
      : null,
    advice:
      issue.advice && !issue.advice.deletedAt && issue.advice.visibility === "SHARED"
        ? { id: issue.advice.id, summary: issue.advice.summary }
        : null,
    comments: issue.comments,
    events: issue.events,
  };
}
export type IssueDetail = NonNullable<Awaited<ReturnType<typeof getIssueDetail>>>;

/** Issues linked to one engagement (for the engagement page), newest first. */
export async function listEngagementIssues(programmeId: string, engagementId: string) {
  const rows = await db.boardIssue.findMany({
    where: { programmeId, engagementId },
    orderBy: [{ number: "desc" }],
    take: 100,
    select: cardSelect,
  });
  return rows.map(toCard);
}

/** Names for the activity history (assignee ids → names, institution ids → names). */
export async function namesForHistory(programmeId: string) {
  const [users, institutions] = await Promise.all([
    db.user.findMany({
      where: { OR: [{ memberships: { some: { programmeId } } }, { issueEvents: { some: { issue: { programmeId } } } }] },
      select: { id: true, name: true },
    }),
    db.institution.findMany({ where: { partnerships: { some: { programmeId } } }, select: { id: true, name: true } }),
  ]);
  return {
    users: Object.fromEntries(users.map((u) => [u.id, u.name])),
    institutions: Object.fromEntries(institutions.map((i) => [i.id, i.name])),
  };
}

/** The database facts an authorization decision about an issue needs. */
export function getIssueTarget(issueId: string) {
  return db.boardIssue.findUnique({ where: { id: issueId }, select: { id: true, programmeId: true, institutionId: true, authorId: true } });
}
