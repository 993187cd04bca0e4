import "server-only";
import { db } from "@/lib/db";
import { writeAudit } from "@/lib/audit/mutations";
import { conflict, notFound } from "@/lib/errors";
import { msg } from "@/lib/i18n/message";
import { getSay } from "@/lib/i18n/server";
import type { EngagementForAdvice } from "../targets";
import { checkAttachments, storeAttachments, type UploadedFile } from "./attachments";
import { dateOf, TX_OPTIONS, type AdviceText } from "./entry-rows";
import { raiseFollowUpIssue } from "./follow-up";
import { notify } from "@/lib/notifications/mutations";

export type LogAdviceData = AdviceText & {
  engagementId: string;
  share: boolean;
  followUpNeeded: boolean;
  followUpNote: string;
  attachments: readonly UploadedFile[];
};

/** Logs advice on an engagement; the first entry on an engagement is reported so the UI can offer "Advice received". */
export async function logAdvice(actorId: string, engagement: EngagementForAdvice, input: LogAdviceData, asTeamLeader: boolean) {
  const files = checkAttachments(input.attachments);
  // A follow-up issue raised now is written in the logger's language (read before the transaction holds a connection).
  const say = input.followUpNeeded && input.share ? await getSay() : null;
  return db.$transaction(async (tx) => {
    // The partner's row, locked: a removal of the institution in parallel waits for this or wins before it.
    const [partner] = await tx.$queryRaw<{ archivedAt: Date | null }[]>`
      SELECT p."archivedAt" FROM "ProgrammePartner" p
      JOIN "Engagement" e ON e."programmeId" = p."programmeId" AND e."institutionId" = p."institutionId"
      WHERE e."id" = ${engagement.id} FOR SHARE OF p`;
    if (!partner) throw notFound(msg("advice.errors.missingEngagement"));
    if (partner.archivedAt) throw conflict(msg("advice.errors.partnerRemoved", { institution: engagement.institutionName }));
    const earlier = await tx.adviceEntry.count({ where: { engagementId: engagement.id, deletedAt: null } });
    const entry = await tx.adviceEntry.create({
      data: {
        programmeId: engagement.programmeId,
        engagementId: engagement.id,
        institutionId: engagement.institutionId,
        service: engagement.service,
        givenOn: dateOf(input.givenOn),
        givenByName: input.givenByName,
        givenByRole: input.givenByRole,
        summary: input.summary,
        details: input.details,
        kind: input.kind,
        visibility: input.share ? "SHARED" : "INSTITUTION_DRAFT",
        followUpNeeded: input.followUpNeeded,
        followUpNote: input.followUpNeeded ? input.followUpNote : null,
        authorId: actorId,
        loggedAsTeamLeader: asTeamLeader,
      },
      select: {
        id: true,
        programmeId: true,
        engagementId: true,
        institutionId: true,
        service: true,
        summary: true,
        followUpNote: true,
        visibility: true,
      },
    });
    await storeAttachments(tx, entry.id, actorId, files);
    const followUpIssue =
      say && input.followUpNeeded && entry.visibility === "SHARED"
        ? await raiseFollowUpIssue(tx, say, actorId, entry, engagement.institutionName)
        : null;
    await tx.engagement.update({ where: { id: engagement.id }, data: { lastActivityAt: new Date() } });
    await writeAudit(tx, {
      actorId,
      programmeId: engagement.programmeId,
      action: "logAdvice",
      entityType: "AdviceEntry",
      entityId: entry.id,
      after: {
        engagementId: engagement.id,
        institutionId: engagement.institutionId,
        service: engagement.service,
        summary: input.summary,
        kind: input.kind,
        visibility: entry.visibility,
        loggedAsTeamLeader: asTeamLeader,
        attachments: files.map((f) => f.fileName),
        followUpIssue: followUpIssue?.number ?? null,
      },
    });
    await notify(tx, { type: "adviceLogged", adviceId: entry.id, actorId });
    return { id: entry.id, programmeId: entry.programmeId, engagementId: engagement.id, firstOnEngagement: earlier === 0, followUpIssue };
  }, TX_OPTIONS);
}
