import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AdviceKind, AdviceVisibility } from "@/lib/generated/prisma/enums";
import { can, type ProgrammeActor } from "@/lib/auth/permissions";
import { loadProgrammeActor } from "@/lib/programmes/data";
import { canEditAdvice, canReadAdvice } from "../policy";
import { getEngagementForAdvice, STAGES_BEFORE_ADVICE_RECEIVED } from "./engagements";
import { visibleToSql } from "./search";

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
