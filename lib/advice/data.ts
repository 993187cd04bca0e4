import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AdviceKind, AdviceVisibility, EngagementStage, Service } from "@/lib/generated/prisma/enums";
import { can, type ProgrammeActor } from "@/lib/auth/permissions";
import { loadProgrammeActor } from "@/lib/programmes/data";
import { ADVICE_PAGE_SIZE } from "./labels";
import type { AdviceFilters } from "./schema";
import { canEditAdvice, canLogAdvice, canReadAdvice, draftReadScope } from "./policy";

/** Stages before "Advice received": logging advice there offers to move the engagement on. */
const STAGES_BEFORE_ADVICE_RECEIVED: readonly EngagementStage[] = ["NOT_CONTACTED", "CONTACTED", "IN_CONSULTATION"];

/** SQL condition: the entries (alias a) this person may read. Scope lives in the WHERE clause. */
function visibleToSql(actor: ProgrammeActor): Prisma.Sql {
  const shared = can(actor, "advice.readShared", {}) ? Prisma.sql`a."visibility" = 'SHARED'::"AdviceVisibility"` : Prisma.sql`FALSE`;
  const drafts = draftReadScope(actor);
  if (drafts === "all") return Prisma.sql`TRUE`;
  const draftConditions = drafts.map((d) =>
    d.services === null
      ? Prisma.sql`a."institutionId" = ${d.institutionId}`
      : d.services.length === 0
        ? Prisma.sql`FALSE`
        : Prisma.sql`(a."institutionId" = ${d.institutionId} AND a."service" IN (${Prisma.join(d.services.map((s) => Prisma.sql`${s}::"Service"`))}))`,
  );
  if (draftConditions.length === 0) return shared;
  return Prisma.sql`(${shared} OR (a."visibility" = 'INSTITUTION_DRAFT'::"AdviceVisibility" AND (${Prisma.join(draftConditions, " OR ")})))`;
}

function filtersToSql(actor: ProgrammeActor, programmeId: string, filters: AdviceFilters): Prisma.Sql {
  const showRemoved = filters.removed && can(actor, "advice.restore");
  const parts: Prisma.Sql[] = [
    Prisma.sql`a."programmeId" = ${programmeId}`,
    showRemoved ? Prisma.sql`a."deletedAt" IS NOT NULL` : Prisma.sql`a."deletedAt" IS NULL`,
    visibleToSql(actor),
  ];
  if (filters.institution) parts.push(Prisma.sql`a."institutionId" = ${filters.institution}`);
  if (filters.service) parts.push(Prisma.sql`a."service" = ${filters.service}::"Service"`);
  if (filters.kind) parts.push(Prisma.sql`a."kind" = ${filters.kind}::"AdviceKind"`);
  if (filters.from) parts.push(Prisma.sql`a."givenOn" >= ${filters.from}::date`);
  if (filters.to) parts.push(Prisma.sql`a."givenOn" <= ${filters.to}::date`);
  if (filters.q) parts.push(Prisma.sql`a."searchVector" @@ websearch_to_tsquery('simple', ${filters.q})`);
  return Prisma.join(parts, " AND ");
}

type AdviceListRow = {
  id: string;
  givenOn: Date;
  givenByName: string;
  givenByRole: string;
  summary: string;
  kind: AdviceKind;
  visibility: AdviceVisibility;
  service: Service;
  institutionId: string;
  institutionName: string;
  institutionShortName: string;
  engagementId: string;
  followUpNeeded: boolean;
  loggedAsTeamLeader: boolean;
  authorName: string;
  attachmentCount: number;
  deletedAt: Date | null;
  rank: number;
};

const LIST_COLUMNS = (q: string | undefined) => Prisma.sql`
  a."id", a."givenOn", a."givenByName", a."givenByRole", a."summary", a."kind"::text AS "kind",
  a."visibility"::text AS "visibility", a."service"::text AS "service", a."institutionId",
  i."name" AS "institutionName", i."shortName" AS "institutionShortName", a."engagementId",
  a."followUpNeeded", a."loggedAsTeamLeader", u."name" AS "authorName", a."deletedAt",
  (SELECT count(*)::int FROM "Attachment" t WHERE t."adviceId" = a."id" AND t."deletedAt" IS NULL) AS "attachmentCount",
  ${q ? Prisma.sql`ts_rank(a."searchVector", websearch_to_tsquery('simple', ${q}))` : Prisma.sql`0`}::float8 AS "rank"`;

const ORDER = (q: string | undefined) =>
  q
    ? Prisma.sql`ORDER BY "rank" DESC, a."givenOn" DESC, a."createdAt" DESC, a."id"`
    : Prisma.sql`ORDER BY a."givenOn" DESC, a."createdAt" DESC, a."id"`;

/** Matches are counted exactly up to this many; beyond it the page says "1,000+" (counting 50,000 hits costs more than the page). */
const ADVICE_COUNT_CAP = 1_000;

/**
 * The Advice page: filtered, visible entries, newest first (best match first when searching), one page at a time.
 * Only the ids of one page are cut in a subquery; the joins and the attachment count run for those 25 rows only.
 * Browsing counts matches exactly up to ADVICE_COUNT_CAP (`totalCapped` then says `total` is a lower bound).
 * A search ranks every match anyway, so one query ranks, counts (exactly) and cuts the page from the same scan.
 */
export async function listAdvice(actor: ProgrammeActor, programmeId: string, filters: AdviceFilters) {
  const where = filtersToSql(actor, programmeId, filters);
  const page = filters.page ?? 1;
  const offset = (page - 1) * ADVICE_PAGE_SIZE;
  const pageRows = (hits: Prisma.Sql, matches: Prisma.Sql) => db.$queryRaw<(AdviceListRow & { matches: number | null })[]>`
      ${hits}
      SELECT
        a."id", a."givenOn", a."givenByName", a."givenByRole", a."summary", a."kind"::text AS "kind",
        a."visibility"::text AS "visibility", a."service"::text AS "service", a."institutionId",
        i."name" AS "institutionName", i."shortName" AS "institutionShortName", a."engagementId",
        a."followUpNeeded", a."loggedAsTeamLeader", u."name" AS "authorName", a."deletedAt",
        (SELECT count(*)::int FROM "Attachment" t WHERE t."adviceId" = a."id" AND t."deletedAt" IS NULL) AS "attachmentCount",
        hit."rank", ${matches} AS "matches"
      FROM (
        ${
          filters.q
            ? Prisma.sql`SELECT "id", "rank" FROM hits ORDER BY "rank" DESC, "givenOn" DESC, "createdAt" DESC, "id"`
            : Prisma.sql`SELECT a."id", 0::float8 AS "rank" FROM "AdviceEntry" a WHERE ${where} ${ORDER(undefined)}`
        }
        LIMIT ${ADVICE_PAGE_SIZE} OFFSET ${offset}
      ) hit
      JOIN "AdviceEntry" a ON a."id" = hit."id"
      JOIN "Institution" i ON i."id" = a."institutionId"
      JOIN "User" u ON u."id" = a."authorId"
      ${ORDER(filters.q)}`;
  const countUpTo = (limit: number) => db.$queryRaw<{ total: number }[]>`
      SELECT count(*)::int AS "total" FROM (SELECT 1 FROM "AdviceEntry" a WHERE ${where} LIMIT ${limit + 1}) capped`;
  const strip = (rows: (AdviceListRow & { matches: number | null })[]): AdviceListRow[] => rows.map(({ matches: _, ...row }) => row);

  if (filters.q) {
    const hits = Prisma.sql`WITH hits AS MATERIALIZED (
        SELECT a."id", a."givenOn", a."createdAt",
          ts_rank(a."searchVector", websearch_to_tsquery('simple', ${filters.q}))::float8 AS "rank"
        FROM "AdviceEntry" a WHERE ${where})`;
    const rows = await pageRows(hits, Prisma.sql`(SELECT count(*)::int FROM hits)`);
    // A page past the end has no row to carry the count: count once more (rare: an old link).
    const total = rows[0]?.matches ?? (page > 1 ? ((await countUpTo(offset))[0]?.total ?? 0) : 0);
    return {
      rows: strip(rows),
      total,
      totalCapped: false,
      page,
      pageCount: Math.max(1, Math.ceil(total / ADVICE_PAGE_SIZE)),
      pageSize: ADVICE_PAGE_SIZE,
    };
  }
  const countLimit = Math.max(ADVICE_COUNT_CAP, offset + ADVICE_PAGE_SIZE);
  const [rows, [count]] = await Promise.all([pageRows(Prisma.empty, Prisma.sql`NULL::int`), countUpTo(countLimit)]);
  const counted = count?.total ?? 0;
  const totalCapped = counted > countLimit;
  const total = Math.min(counted, countLimit);
  const pageCount = Math.max(1, Math.ceil(total / ADVICE_PAGE_SIZE) + (totalCapped ? 1 : 0));
  return { rows: strip(rows), total, totalCapped, page, pageCount, pageSize: ADVICE_PAGE_SIZE };
}

const EXPORT_LIMIT = 10_000;

/** Every visible entry matching the filters (for CSV), with details and attachment names. */
export async function exportAdvice(actor: ProgrammeActor, programmeId: string, filters: AdviceFilters) {
  const where = filtersToSql(actor, programmeId, filters);
  return db.$queryRaw<
    (AdviceListRow & { details: string; followUpNote: string | null; createdAt: Date; attachmentNames: string | null })[]
  >`
    SELECT ${LIST_COLUMNS(filters.q)}, a."details", a."followUpNote", a."createdAt",
      (SELECT string_agg(t."fileName", '; ' ORDER BY t."createdAt") FROM "Attachment" t WHERE t."adviceId" = a."id" AND t."deletedAt" IS NULL) AS "attachmentNames"
    FROM "AdviceEntry" a JOIN "Institution" i ON i."id" = a."institutionId" JOIN "User" u ON u."id" = a."authorId"
    WHERE ${where} ${ORDER(filters.q)}
    LIMIT ${EXPORT_LIMIT}`;
}

/** The institutions of a programme, for the filter (archived partners too: their advice remains evidence). */
export async function listAdviceInstitutions(programmeId: string) {
  const partners = await db.programmePartner.findMany({
    where: { programmeId },
    orderBy: [{ role: "asc" }, { institution: { name: "asc" } }],
    select: { institution: { select: { id: true, name: true, shortName: true } } },
  });
  return partners.map((p) => p.institution);
}

/** One entry with everything its page shows, or null when it does not exist here or the person may not read it. */
export async function getAdviceEntry(actor: ProgrammeActor, programmeId: string, adviceId: string) {
  const entry = await db.adviceEntry.findFirst({
    where: { id: adviceId, programmeId },
    select: {
      id: true,
      programmeId: true,
      engagementId: true,
      institutionId: true,
      service: true,
      givenOn: true,
      givenByName: true,
      givenByRole: true,
      summary: true,
      details: true,
      kind: true,
      visibility: true,
      followUpNeeded: true,
      followUpNote: true,
      loggedAsTeamLeader: true,
      version: true,
      deletedAt: true,
      deleteReason: true,
      createdAt: true,
      updatedAt: true,
      author: { select: { id: true, name: true } },
      deletedBy: { select: { name: true } },
      engagement: { select: { id: true, stage: true } },
      attachments: {
        where: { deletedAt: null },
        orderBy: { createdAt: "asc" },
        select: { id: true, fileName: true, mimeType: true, size: true, sha256: true, createdAt: true },
      },
      boardIssues: { select: { id: true, number: true, title: true, status: true } },
      _count: { select: { revisions: true } },
    },
  });
  if (!entry || !canReadAdvice(actor, entry)) return null;
  const institution = await db.institution.findUnique({
    where: { id: entry.institutionId },
    select: { id: true, name: true, shortName: true },
  });
  const editable = canEditAdvice(actor, entry);
  const target = { institutionId: entry.institutionId, service: entry.service };
  const adviceOnEngagement = await db.adviceEntry.count({ where: { engagementId: entry.engagementId, deletedAt: null } });
  return {
    ...entry,
    institution,
    permissions: {
      edit: editable && !entry.deletedAt,
      share: editable && !entry.deletedAt && entry.visibility === "INSTITUTION_DRAFT",
      remove: editable && !entry.deletedAt,
      restore: !!entry.deletedAt && can(actor, "advice.restore", target),
      moveEngagement: can(actor, "engagement.move", target),
    },
    offerAdviceReceived:
      !entry.deletedAt &&
      adviceOnEngagement > 0 &&
      STAGES_BEFORE_ADVICE_RECEIVED.includes(entry.engagement.stage) &&
      can(actor, "engagement.move", target),
  };
}

/** The revisions of an entry the person may read, newest first. */
export async function listAdviceRevisions(actor: ProgrammeActor, programmeId: string, adviceId: string) {
  const entry = await getAdviceEntry(actor, programmeId, adviceId);
  if (!entry) return null;
  const revisions = await db.adviceRevision.findMany({
    where: { adviceId },
    orderBy: { revision: "desc" },
    select: {
      id: true,
      revision: true,
      givenOn: true,
      givenByName: true,
      givenByRole: true,
      summary: true,
      details: true,
      kind: true,
      visibility: true,
      action: true,
      reason: true,
      editedAt: true,
      editedBy: { select: { name: true } },
    },
  });
  return { entry, revisions };
}

/** The engagement an entry is logged on, for the "Log advice" form (null when not in this programme). */
export async function getEngagementForAdvice(actor: ProgrammeActor, programmeId: string, engagementId: string) {
  const engagement = await db.engagement.findFirst({
    where: { id: engagementId, programmeId },
    select: {
      id: true,
      institutionId: true,
      service: true,
      stage: true,
      contactName: true,
      contactRole: true,
      partner: { select: { archivedAt: true, institution: { select: { name: true, shortName: true } } } },
      _count: { select: { adviceEntries: { where: { deletedAt: null } } } },
    },
  });
  if (!engagement) return null;
  return { ...engagement, canLog: canLogAdvice(actor, engagement) && !engagement.partner.archivedAt };
}

/** Advice is logged only on engagements of partners still in the programme. */
const openEngagements = (programmeId: string) => ({ programmeId, partner: { archivedAt: null } });

/** The engagements this person may log advice on, for choosing one on the "Log advice" page. */
export async function listLoggableEngagements(actor: ProgrammeActor, programmeId: string) {
  const engagements = await db.engagement.findMany({
    where: openEngagements(programmeId),
    orderBy: [{ partner: { role: "asc" } }, { partner: { institution: { name: "asc" } } }],
    select: { id: true, institutionId: true, service: true, partner: { select: { institution: { select: { name: true } } } } },
  });
  return engagements
    .filter((e) => canLogAdvice(actor, e))
    .map((e) => ({ id: e.id, service: e.service, institutionName: e.partner.institution.name, institutionId: e.institutionId }));
}

/** Whether this person may log advice on any engagement of the programme (the Advice page's "Log advice" button): no names, no sorting. */
export async function mayLogAnyAdvice(actor: ProgrammeActor, programmeId: string): Promise<boolean> {
  const engagements = await db.engagement.findMany({
    where: openEngagements(programmeId),
    select: { id: true, institutionId: true, service: true },
  });
  return engagements.some((e) => canLogAdvice(actor, e));
}

/** How many of an engagement's entries its page lists (newest first); the rest are one link away on the Advice page. */
const ENGAGEMENT_ADVICE_LIMIT = 10;

/**
 * An engagement's newest advice entries that this person may read (for the engagement page), with the total
 * readable count for a "See all N entries" link. Visibility is applied in SQL, so the limit is exact.
 */
export async function listEngagementAdvice(actor: ProgrammeActor, programmeId: string, engagementId: string) {
  const engagement = await getEngagementForAdvice(actor, programmeId, engagementId);
  if (!engagement) return null;
  const where = Prisma.sql`a."engagementId" = ${engagementId} AND a."programmeId" = ${programmeId} AND a."deletedAt" IS NULL AND ${visibleToSql(actor)}`;
  const [entries, [count]] = await Promise.all([
    db.$queryRaw<
      {
        id: string;
        givenOn: Date;
        givenByName: string;
        givenByRole: string;
        summary: string;
        kind: AdviceKind;
        visibility: AdviceVisibility;
        followUpNeeded: boolean;
        attachmentCount: number;
      }[]
    >`
      SELECT a."id", a."givenOn", a."givenByName", a."givenByRole", a."summary", a."kind"::text AS "kind",
        a."visibility"::text AS "visibility", a."followUpNeeded",
        (SELECT count(*)::int FROM "Attachment" t WHERE t."adviceId" = a."id" AND t."deletedAt" IS NULL) AS "attachmentCount"
      FROM "AdviceEntry" a
      WHERE ${where}
      ORDER BY a."givenOn" DESC, a."createdAt" DESC, a."id"
      LIMIT ${ENGAGEMENT_ADVICE_LIMIT}`,
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS "total" FROM "AdviceEntry" a WHERE ${where}`,
  ]);
  return {
    engagement,
    entries,
    total: count?.total ?? 0,
    offerAdviceReceived:
      engagement._count.adviceEntries > 0 &&
      STAGES_BEFORE_ADVICE_RECEIVED.includes(engagement.stage) &&
      can(actor, "engagement.move", engagement),
    canMove: can(actor, "engagement.move", engagement) && !engagement.partner.archivedAt,
  };
}

/**
 * An attachment's bytes for download, or null when the user may not see it: checked against the
 * database on every request (membership, then the entry's visibility), so a copied URL is useless
 * to anyone outside the programme or the institution of a draft.
 */
export async function getAttachmentForDownload(user: { id: string; isPlatformAdmin: boolean }, programmeId: string, attachmentId: string) {
  const actor = await loadProgrammeActor(user, programmeId);
  if (!actor || actor.memberships.length === 0) return null;
  const attachment = await db.attachment.findFirst({
    where: { id: attachmentId, deletedAt: null, advice: { programmeId } },
    select: {
      fileName: true,
      mimeType: true,
      size: true,
      sha256: true,
      content: true,
      advice: { select: { institutionId: true, service: true, visibility: true, deletedAt: true } },
    },
  });
  if (!attachment || !canReadAdvice(actor, attachment.advice)) return null;
  return {
    fileName: attachment.fileName,
    mimeType: attachment.mimeType,
    size: attachment.size,
    sha256: attachment.sha256,
    content: attachment.content,
  };
}
