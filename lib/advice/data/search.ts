import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AdviceKind, AdviceVisibility, Service } from "@/lib/generated/prisma/enums";
import { can, type ProgrammeActor } from "@/lib/auth/permissions";
import { ADVICE_PAGE_SIZE } from "../labels";
import type { AdviceFilters } from "../schema";
import { draftReadScope } from "../policy";

// The advice log as a list: who may read what, in SQL (so counts and pages are exact), filtered,
// searched, paged and exported.

/** SQL condition: the entries (alias a) this person may read. Scope lives in the WHERE clause. */
export function visibleToSql(actor: ProgrammeActor): Prisma.Sql {
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
