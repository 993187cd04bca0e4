import "server-only";
import { db } from "@/lib/db";
import { isSessionLive } from "@/lib/auth/session-rules";
import { Prisma } from "@/lib/generated/prisma/client";
import type { IssueStatus } from "@/lib/generated/prisma/enums";
import { inGuideOrder, serviceRank } from "@/lib/domain/services";
import { BOARD_STATUSES, DONE_STATUSES } from "./labels";
import { hasActiveFilters, type BoardFilters } from "./schema";
import { todayIso } from "./labels";
import type { Representative } from "./routing";
import { compareNames } from "@/lib/domain/lists";

export const COLUMN_PAGE_SIZE = 20;
/** "Show all" on one column still stops here; the list view pages through any number. */
const COLUMN_EXPANDED_LIMIT = 500;
const LIST_PAGE_SIZE = 50;

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
    services: inGuideOrder(row.services),
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

/** `%`, `_` and `\\` match themselves in ILIKE (as Prisma's `contains` does). */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The board's filters as SQL over `"BoardIssue" b`, always scoped to the programme: one definition
 * for the kanban, its counts and the list view. Array filters use `@>` so the GIN indexes serve them.
 */
function issueFilterSql(programmeId: string, filters: BoardFilters, userId: string): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`b."programmeId" = ${programmeId}`];
  if (filters.service) parts.push(Prisma.sql`b."services" @> ARRAY[${filters.service}]::"Service"[]`);
  if (filters.institution) parts.push(Prisma.sql`b."institutionId" = ${filters.institution}`);
  if (filters.mine) parts.push(Prisma.sql`b."assigneeId" = ${userId}`);
  else if (filters.assignee === "none") parts.push(Prisma.sql`b."assigneeId" IS NULL`);
  else if (filters.assignee) parts.push(Prisma.sql`b."assigneeId" = ${filters.assignee}`);
  if (filters.overdue)
    parts.push(Prisma.sql`b."dueDate" < ${todayIso()}::date AND b."status" <> ALL(${[...DONE_STATUSES]}::"IssueStatus"[])`);
  if (filters.label) parts.push(Prisma.sql`b."labels" @> ARRAY[${filters.label.toLowerCase()}]::text[]`);
  const q = filters.q?.trim();
  if (q) {
    const number = /^#?(\d{1,9})$/.exec(q);
    const pattern = likePattern(q);
    parts.push(
      Prisma.sql`(b."title" ILIKE ${pattern} OR b."description" ILIKE ${pattern} OR b."labels" @> ARRAY[${q.toLowerCase()}]::text[]${
        number ? Prisma.sql` OR b."number" = ${Number(number[1])}` : Prisma.empty
      })`,
    );
  }
  return Prisma.join(parts, " AND ");
}

/** What a card shows, read with its institution, assignee and comment count in the same statement. */
const CARD_COLUMNS = Prisma.sql`b."id", b."number", b."title", b."priority"::text AS "priority", b."services"::text[] AS "services",
  b."status"::text AS "status", b."position", b."version", b."labels", to_char(b."dueDate", 'YYYY-MM-DD') AS "dueDate",
  b."escalation"::text AS "escalation", i."shortName" AS "institutionShortName", u."name" AS "assigneeName",
  (SELECT count(*)::int FROM "BoardComment" c WHERE c."issueId" = b."id") AS "commentCount"`;
const CARD_JOINS = Prisma.sql`LEFT JOIN "Institution" i ON i."id" = b."institutionId" LEFT JOIN "User" u ON u."id" = b."assigneeId"`;

type CardSqlRow = Omit<IssueCard, "institution" | "assignee"> & { institutionShortName: string | null; assigneeName: string | null };

function cardFromSql({ institutionShortName, assigneeName, ...row }: CardSqlRow): IssueCard {
  return {
    ...row,
    services: inGuideOrder(row.services),
    institution: institutionShortName === null ? null : { shortName: institutionShortName },
    assignee: assigneeName === null ? null : { name: assigneeName },
  };
}

export type BoardColumn = { status: IssueStatus; total: number; cards: IssueCard[]; limited: boolean };

/**
 * Kanban: every column with its filtered count and its first cards in board order — the cards of all
 * five columns in one statement (a LATERAL per status), the counts in another.
 */
export async function getBoardColumns(programmeId: string, filters: BoardFilters, userId: string): Promise<BoardColumn[]> {
  const where = issueFilterSql(programmeId, filters, userId);
  const [counts, rows] = await Promise.all([
    db.$queryRaw<{ status: IssueStatus; n: number }[]>`
      SELECT b."status"::text AS "status", count(*)::int AS "n" FROM "BoardIssue" b WHERE ${where} GROUP BY b."status"`,
    db.$queryRaw<CardSqlRow[]>`
      SELECT card.* FROM unnest(${[...BOARD_STATUSES]}::"IssueStatus"[]) WITH ORDINALITY AS s("status", "rank")
      CROSS JOIN LATERAL (
        SELECT ${CARD_COLUMNS} FROM "BoardIssue" b ${CARD_JOINS}
        WHERE ${where} AND b."status" = s."status"
        ORDER BY b."position", b."number"
        LIMIT CASE WHEN s."status" = ${filters.more ?? null}::"IssueStatus" THEN ${COLUMN_EXPANDED_LIMIT}::int ELSE ${COLUMN_PAGE_SIZE}::int END
      ) card
      ORDER BY s."rank", card."position", card."number"`,
  ]);
  // Moves speak in indexes within the whole column; stored positions are gapped. Unfiltered, a column's
  // cards start at index 0; filtered, one query reads the shown cards' places in their full columns.
  const unfiltered = !hasActiveFilters(filters);
  const indexes = new Map<string, number>();
  if (!unfiltered && rows.length > 0) {
    const shownIds = rows.map((r) => r.id);
    const places = await db.$queryRaw<{ id: string; index: number }[]>`
      SELECT "id", "index" FROM (
        SELECT "id", (row_number() OVER (PARTITION BY "status" ORDER BY "position", "number") - 1)::int AS "index"
        FROM "BoardIssue" WHERE "programmeId" = ${programmeId}
      ) c WHERE "id" = ANY(${shownIds})`;
    for (const r of places) indexes.set(r.id, r.index);
  }
  return BOARD_STATUSES.map((status) => {
    const total = counts.find((c) => c.status === status)?.n ?? 0;
    const cards = rows
      .filter((r) => r.status === status)
      .map((row, n) => ({ ...cardFromSql(row), position: unfiltered ? n : (indexes.get(row.id) ?? n) }));
    return { status, total, cards, limited: cards.length < total };
  });
}

/** List view: the same filters, sorted by due date, priority or number, paginated. */
export async function listIssues(programmeId: string, filters: BoardFilters, userId: string) {
  const where = issueFilterSql(programmeId, filters, userId);
  const desc = (filters.dir ?? (filters.sort === "priority" ? "desc" : "asc")) === "desc";
  const dir = desc ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const order =
    filters.sort === "priority"
      ? Prisma.sql`b."priority" ${dir}, b."dueDate" ASC NULLS LAST, b."number" ASC`
      : filters.sort === "number"
        ? Prisma.sql`b."number" ${dir}`
        : Prisma.sql`b."dueDate" ${dir} NULLS LAST, b."priority" DESC, b."number" ASC`;
  const page = filters.page ?? 1;
  const [[count], rows] = await Promise.all([
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS "total" FROM "BoardIssue" b WHERE ${where}`,
    db.$queryRaw<CardSqlRow[]>`
      SELECT ${CARD_COLUMNS} FROM "BoardIssue" b ${CARD_JOINS} WHERE ${where}
      ORDER BY ${order} LIMIT ${LIST_PAGE_SIZE} OFFSET ${(page - 1) * LIST_PAGE_SIZE}`,
  ]);
  const total = count?.total ?? 0;
  return { total, page, pageCount: Math.max(1, Math.ceil(total / LIST_PAGE_SIZE)), rows: rows.map(cardFromSql) };
}

/** A seat an assignee holds in the programme: team leader, or task force for an institution (its short name). */
export type AssigneeSeat = { role: "TEAM_LEADER" } | { role: "TASK_FORCE"; institution: string };

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
  // Each person once, with every seat they hold (said by the forms: "team leader; task force, VUT").
  const assignees = new Map<string, { id: string; name: string; seats: AssigneeSeat[] }>();
  for (const m of members) {
    const seat: AssigneeSeat =
      m.role === "TEAM_LEADER" ? { role: "TEAM_LEADER" } : { role: "TASK_FORCE", institution: m.institution.shortName };
    const prior = assignees.get(m.userId);
    if (prior) prior.seats.push(seat);
    else assignees.set(m.userId, { id: m.userId, name: m.user.name, seats: [seat] });
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
      .sort((a, b) => compareNames()(a.institution, b.institution) || serviceRank(a.service) - serviceRank(b.service)),
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
      planStep: true,
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
    planStep: issue.planStep,
    comments: issue.comments,
    events: issue.events,
  };
}

/** Issues linked to one engagement (for the engagement page), newest first. */
export async function listEngagementIssues(programmeId: string, engagementId: string) {
  const rows = await db.$queryRaw<CardSqlRow[]>`
    SELECT ${CARD_COLUMNS} FROM "BoardIssue" b ${CARD_JOINS}
    WHERE b."programmeId" = ${programmeId} AND b."engagementId" = ${engagementId}
    ORDER BY b."number" DESC LIMIT 100`;
  return rows.map(cardFromSql);
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

/**
 * Whether an open live-board stream may go on: its session is still live and its person still a
 * member of the programme. One query; the stream asks before each event and on each heartbeat.
 */
export async function mayStillFollowBoard(sessionId: string, userId: string, programmeId: string): Promise<boolean> {
  const session = await db.userSession.findUnique({
    where: { id: sessionId },
    select: {
      createdAt: true,
      revokedAt: true,
      user: {
        select: {
          id: true,
          deactivatedAt: true,
          sessionsRevokedAt: true,
          _count: { select: { memberships: { where: { programmeId } } } },
        },
      },
    },
  });
  return !!session && session.user.id === userId && isSessionLive(session, session.user) && session.user._count.memberships > 0;
}
