// Advice entries as the advice log would have left them: the entry, a revision row per earlier
// state when it was edited, and the audit rows. Direct inserts, so tests and the seed can build any
// state without going through the feature's actions.
import { db } from "@/lib/db";
import type { AdviceKind, AdviceVisibility } from "@/lib/generated/prisma/enums";
import { daysAgo } from "./engagements";

export type AdviceDraft = {
  engagementId: string;
  authorId: string;
  givenDaysAgo: number;
  givenByName: string;
  givenByRole?: string;
  summary: string;
  details?: string;
  kind: AdviceKind;
  visibility?: AdviceVisibility;
  followUpNote?: string;
  loggedAsTeamLeader?: boolean;
  /** An earlier wording, replaced `daysAgo` days ago by `editedById`: leaves one revision row. */
  earlier?: { summary: string; details: string; daysAgo: number; editedById: string };
};

const dateOnly = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));

export async function logAdviceEntry(draft: AdviceDraft, now: Date = new Date()) {
  return db.$transaction(async (tx) => {
    const engagement = await tx.engagement.findUniqueOrThrow({
      where: { id: draft.engagementId },
      select: { programmeId: true, institutionId: true, service: true },
    });
    const givenOn = dateOnly(daysAgo(now, draft.givenDaysAgo));
    const loggedAt = daysAgo(now, Math.max(draft.givenDaysAgo - 1, 0));
    const visibility = draft.visibility ?? "SHARED";
    const first = { summary: draft.earlier?.summary ?? draft.summary, details: draft.earlier?.details ?? draft.details ?? "" };
    const entry = await tx.adviceEntry.create({
      data: {
        programmeId: engagement.programmeId,
        engagementId: draft.engagementId,
        institutionId: engagement.institutionId,
        service: engagement.service,
        givenOn,
        givenByName: draft.givenByName,
        givenByRole: draft.givenByRole ?? "",
        summary: draft.summary,
        details: draft.details ?? "",
        kind: draft.kind,
        visibility,
        followUpNeeded: !!draft.followUpNote,
        followUpNote: draft.followUpNote ?? null,
        authorId: draft.authorId,
        loggedAsTeamLeader: draft.loggedAsTeamLeader ?? false,
        version: draft.earlier ? 1 : 0,
        createdAt: loggedAt,
        updatedAt: draft.earlier ? daysAgo(now, draft.earlier.daysAgo) : loggedAt,
      },
    });
    await tx.auditLog.create({
      data: {
        at: loggedAt,
        actorId: draft.authorId,
        programmeId: engagement.programmeId,
        action: "logAdvice",
        entityType: "AdviceEntry",
        entityId: entry.id,
        after: { summary: first.summary, kind: draft.kind, visibility },
      },
    });
    if (draft.earlier) {
      const editedAt = daysAgo(now, draft.earlier.daysAgo);
      await tx.adviceRevision.create({
        data: {
          adviceId: entry.id,
          revision: 1,
          givenOn,
          givenByName: draft.givenByName,
          givenByRole: draft.givenByRole ?? "",
          summary: draft.earlier.summary,
          details: draft.earlier.details,
          kind: draft.kind,
          visibility,
          action: "EDITED",
          editedById: draft.earlier.editedById,
          editedAt,
        },
      });
      await tx.auditLog.create({
        data: {
          at: editedAt,
          actorId: draft.earlier.editedById,
          programmeId: engagement.programmeId,
          action: "editAdvice",
          entityType: "AdviceEntry",
          entityId: entry.id,
          before: { summary: draft.earlier.summary },
          after: { summary: draft.summary },
        },
      });
    }
    return entry;
  });
}
