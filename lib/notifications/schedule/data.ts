import "server-only";
import { db } from "@/lib/db";
import type { EngagementStage, NotificationKind, Service } from "@/lib/generated/prisma/enums";
import type { DueItem } from "../due";

// The hourly tick's two questions, each answered by ONE set-based query over everyone, whatever the
// number of people and items: whose digest hour has come today (in their own time zone), what is due
// tomorrow or overdue for them, and who has something for a digest that has not gone out yet.
//
// A person's day is the calendar day in their time zone (UTC without one; an unknown zone counts as
// UTC rather than failing everyone's tick). Their "digest moment" is their digest hour on that day.
// Timestamps are stored as UTC without a zone (Prisma), so every moment here is turned into UTC first.

/** How far back a digest looks for news no e-mail included yet. */
export const UNDIGESTED_DAYS = 7;

/** Everyone whose digest hour has come today: their local day, its start and their digest moment (UTC). */
const READY_PEOPLE = `
  zones AS MATERIALIZED (SELECT name FROM pg_timezone_names),
  people AS (
    SELECT u.id, u."digestHour", COALESCE(z.name, 'UTC') AS zone, ($1::timestamptz AT TIME ZONE COALESCE(z.name, 'UTC')) AS local
    FROM "User" u LEFT JOIN zones z ON z.name = u."timeZone"
    WHERE u."deactivatedAt" IS NULL
  ),
  ready AS (
    SELECT id AS "userId", local::date AS day,
      ((local::date + make_interval(hours => "digestHour")) AT TIME ZONE zone) AT TIME ZONE 'UTC' AS "digestAt",
      (local::date::timestamp AT TIME ZONE zone) AT TIME ZONE 'UTC' AS "dayStart"
    FROM people
    WHERE EXTRACT(HOUR FROM local) >= "digestHour"
  )`;

type DueRow = {
  userId: string;
  day: string;
  programmeId: string;
  daysUntil: number;
  type: "engagement" | "issue";
  itemId: string;
  service: Service | null;
  stage: EngagementStage | null;
  institution: string | null;
  number: number | null;
  title: string | null;
};

/**
 * Engagements people own and issues assigned to them that are due tomorrow or overdue on their day,
 * for the people whose digest hour has come: their due-date notices arrive with their digest. Only open
 * items (not settled, not applicable, not resolved or closed), of partners still taking part, in
 * programmes the person is still a member of.
 */
export async function findDueItems(now: Date): Promise<DueItem[]> {
  const rows = await db.$queryRawUnsafe<DueRow[]>(
    `WITH ${READY_PEOPLE}
    SELECT r."userId", to_char(r.day, 'YYYY-MM-DD') AS day, e."programmeId", (e."dueDate" - r.day) AS "daysUntil",
      'engagement' AS type, e.id AS "itemId", e.service::text AS service, e.stage::text AS stage, i.name AS institution,
      NULL::int AS number, NULL::text AS title
    FROM ready r
    JOIN "Engagement" e ON e."ownerId" = r."userId"
    JOIN "ProgrammePartner" pp ON pp."programmeId" = e."programmeId" AND pp."institutionId" = e."institutionId" AND pp."archivedAt" IS NULL
    JOIN "Institution" i ON i.id = e."institutionId"
    WHERE e."dueDate" IS NOT NULL AND e.stage NOT IN ('SETTLED', 'NOT_APPLICABLE')
      AND (e."dueDate" = r.day + 1 OR e."dueDate" < r.day)
      AND EXISTS (SELECT 1 FROM "Membership" m WHERE m."programmeId" = e."programmeId" AND m."userId" = r."userId")
    UNION ALL
    SELECT r."userId", to_char(r.day, 'YYYY-MM-DD'), b."programmeId", (b."dueDate" - r.day),
      'issue', b.id, NULL, NULL, NULL, b.number, b.title
    FROM ready r
    JOIN "BoardIssue" b ON b."assigneeId" = r."userId"
    WHERE b."dueDate" IS NOT NULL AND b.status NOT IN ('RESOLVED', 'CLOSED')
      AND (b."dueDate" = r.day + 1 OR b."dueDate" < r.day)
      AND EXISTS (SELECT 1 FROM "Membership" m WHERE m."programmeId" = b."programmeId" AND m."userId" = r."userId")`,
    now.toISOString(),
  );
  return rows.map((row): DueItem => {
    const base = { userId: row.userId, day: row.day, programmeId: row.programmeId, daysUntil: Number(row.daysUntil), itemId: row.itemId };
    return row.type === "engagement"
      ? { ...base, type: "engagement", service: row.service!, stage: row.stage!, institution: row.institution! }
      : { ...base, type: "issue", number: row.number!, title: row.title! };
  });
}

/**
 * The people whose digest is due now: their digest hour has come today, no digest went out for their
 * day yet (a missed tick still sends later that day), and they have news for it — a notification
 * they get by digest that no e-mail included yet, from before their digest moment (or today's
 * due-date notices, which arrive with the digest). `digestByDefault`: the kinds that go into the
 * digest when a person chose nothing.
 */
export async function findDigestsDue(now: Date, digestByDefault: readonly NotificationKind[]): Promise<{ userId: string; day: string }[]> {
  return db.$queryRawUnsafe<{ userId: string; day: string }[]>(
    `WITH ${READY_PEOPLE}
    SELECT r."userId", to_char(r.day, 'YYYY-MM-DD') AS day
    FROM ready r
    -- The digest e-mail's key, as digestKey() (lib/notifications/digest) makes it.
    WHERE NOT EXISTS (SELECT 1 FROM "EmailMessage" em WHERE em.key = 'digest:' || r."userId" || ':' || to_char(r.day, 'YYYY-MM-DD'))
      AND EXISTS (
        SELECT 1 FROM "Notification" n
        LEFT JOIN "NotificationPreference" p ON p."userId" = n."userId" AND p.kind = n.kind
        WHERE n."userId" = r."userId" AND n."emailedAt" IS NULL
          AND n."createdAt" > ($1::timestamptz AT TIME ZONE 'UTC') - interval '${UNDIGESTED_DAYS} days'
          AND (n."createdAt" <= r."digestAt" OR (n.kind IN ('DUE_SOON', 'OVERDUE') AND n."createdAt" >= r."dayStart"))
          AND COALESCE(p.delivery::text, CASE WHEN n.kind::text = ANY($2::text[]) THEN 'DIGEST' END) = 'DIGEST'
      )`,
    now.toISOString(),
    [...digestByDefault],
  );
}
