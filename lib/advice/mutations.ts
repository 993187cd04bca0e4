import "server-only";
import { createHash } from "node:crypto";
import { db, type Tx } from "@/lib/db";
import { changedFields, writeAudit } from "@/lib/audit/mutations";
import { can, isMember, type ProgrammeActor } from "@/lib/auth/permissions";
import { conflict, forbidden, invalid, notFound } from "@/lib/errors";
import type { AdviceKind } from "@/lib/generated/prisma/enums";
import { loadProgrammeActor } from "@/lib/programmes/data";
import { SERVICE_LABELS } from "@/lib/domain/services";
import { createIssueInTx } from "@/lib/board/mutations";
import { checkAttachment, checkFileSelection, type CheckedFile } from "./file-types";
import { canEditAdvice, canLogAdvice, canReadAdvice, logsAsTeamLeader } from "./policy";

// Every write here: load the target from the database, derive programme/institution/service from
// it (never from the request), authorize with the permission table, then change it in one
// transaction together with its revision snapshot and audit row.

export type Actor = { id: string; isPlatformAdmin: boolean };
export type UploadedFile = { name: string; bytes: Uint8Array };

type AdviceText = { givenOn: string; givenByName: string; givenByRole: string; summary: string; details: string; kind: AdviceKind };

const TX_OPTIONS = { maxWait: 10_000, timeout: 30_000 } as const;
const dateOf = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The person's standing in the programme; outsiders get "not found" so nothing is revealed. */
async function programmeActor(user: Actor, programmeId: string): Promise<ProgrammeActor> {
  const actor = await loadProgrammeActor(user, programmeId);
  if (!actor || !isMember(actor))
    throw notFound("That advice entry or engagement does not exist, or you are not a member of its programme.");
  return actor;
}

/** All files are checked before anything is stored: one bad file refuses the whole submission. */
export function checkAttachments(files: readonly UploadedFile[]): CheckedFile[] {
  const selectionProblem = checkFileSelection(files.map((f) => ({ name: f.name, size: f.bytes.length })));
  if (selectionProblem) throw invalid(`${selectionProblem} Nothing was saved.`);
  return files.map((f) => {
    const checked = checkAttachment(f.name, f.bytes);
    if (!checked.ok) throw invalid(`${checked.message} Nothing was saved.`);
    return checked.file;
  });
}

async function storeAttachments(tx: Tx, adviceId: string, uploadedById: string, files: readonly CheckedFile[]) {
  for (const file of files) {
    await tx.attachment.create({
      data: {
        adviceId,
        fileName: file.fileName,
        mimeType: file.mimeType,
        size: file.size,
        sha256: createHash("sha256").update(file.bytes).digest("hex"),
        content: new Uint8Array(file.bytes),
        uploadedById,
      },
    });
  }
}

const refusalFor = (institutionName: string, service: string) =>
  `You can log and edit advice only for your own institution's services (task-force members: only the services they represent). ` +
  `This is the ${service} engagement of ${institutionName}, so nothing was saved.`;

export type LogAdviceData = AdviceText & {
  engagementId: string;
  share: boolean;
  followUpNeeded: boolean;
  followUpNote: string;
  attachments: readonly UploadedFile[];
};

/** Logs advice on an engagement; the first entry on an engagement is reported so the UI can offer "Advice received". */
export async function logAdvice(user: Actor, input: LogAdviceData) {
  const engagement = await db.engagement.findUnique({
    where: { id: input.engagementId },
    select: {
      id: true,
      programmeId: true,
      institutionId: true,
      service: true,
      stage: true,
      partner: { select: { archivedAt: true, institution: { select: { name: true } } } },
    },
  });
  if (!engagement) throw notFound("That engagement does not exist. Open the Services page and choose it again.");
  const actor = await programmeActor(user, engagement.programmeId);
  if (!canLogAdvice(actor, engagement))
    throw forbidden(refusalFor(engagement.partner.institution.name, SERVICE_LABELS[engagement.service]));
  if (engagement.partner.archivedAt)
    throw conflict(`${engagement.partner.institution.name} has been removed from this programme; its engagements take no new advice.`);
  const files = checkAttachments(input.attachments);
  const asTeamLeader = logsAsTeamLeader(actor, engagement);

  return db.$transaction(async (tx) => {
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
        authorId: user.id,
        loggedAsTeamLeader: asTeamLeader,
      },
      select: { id: true, programmeId: true, visibility: true },
    });
    await storeAttachments(tx, entry.id, user.id, files);
    let followUpIssue: { id: string; number: number } | null = null;
    if (input.followUpNeeded) {
      const title = input.followUpNote.split("\n")[0]!.slice(0, 200).padEnd(3, ".");
      followUpIssue = await createIssueInTx(tx, {
        programmeId: engagement.programmeId,
        authorId: user.id,
        title,
        description: `Follow-up of the ${SERVICE_LABELS[engagement.service]} advice from ${engagement.partner.institution.name}: "${input.summary}".\n\n${input.followUpNote}`,
        services: [engagement.service],
        institutionId: engagement.institutionId,
        priority: "NORMAL",
        dueDate: null,
        labels: ["follow-up"],
        escalation: null,
        engagementId: engagement.id,
        adviceId: entry.id,
      });
    }
    await tx.engagement.update({ where: { id: engagement.id }, data: { lastActivityAt: new Date() } });
    await writeAudit(tx, {
      actorId: user.id,
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
    return { id: entry.id, programmeId: entry.programmeId, engagementId: engagement.id, firstOnEngagement: earlier === 0, followUpIssue };
  }, TX_OPTIONS);
}

const snapshotFields = {
  id: true,
  programmeId: true,
  institutionId: true,
  service: true,
  givenOn: true,
  givenByName: true,
  givenByRole: true,
  summary: true,
  details: true,
  kind: true,
  visibility: true,
  version: true,
  deletedAt: true,
  engagementId: true,
} as const;

/**
 * Loads an entry for a change, with a row lock, and checks the person may make it and that the
 * version they saw is still current. A draft of another institution is "not found" (it is invisible
 * to them); a visible entry they may not change is refused with a reason.
 */
async function loadForChange(
  tx: Tx,
  user: Actor,
  adviceId: string,
  version: number,
  check: (actor: ProgrammeActor, entry: EntrySnapshot) => string | null,
) {
  await tx.$queryRaw`SELECT 1 FROM "AdviceEntry" WHERE "id" = ${adviceId} FOR UPDATE`;
  const entry = await findSnapshot(tx, adviceId);
  if (!entry) throw notFound("That advice entry does not exist.");
  const actor = await programmeActor(user, entry.programmeId);
  if (!canReadAdvice(actor, entry)) throw notFound("That advice entry does not exist, or it is another institution's draft.");
  const refusal = check(actor, entry);
  if (refusal) throw forbidden(refusal);
  if (entry.version !== version)
    throw conflict(
      "Someone else changed this advice entry while you had it open. Reload the page to see their version, then make your change again.",
    );
  return { actor, entry };
}
type EntrySnapshot = NonNullable<Awaited<ReturnType<typeof findSnapshot>>>;
const findSnapshot = (tx: Tx, id: string) =>
  tx.adviceEntry.findUnique({
    where: { id },
    select: { ...snapshotFields, engagement: { select: { partner: { select: { institution: { select: { name: true } } } } } } },
  });

async function writeRevision(
  tx: Tx,
  entry: EntrySnapshot,
  editedById: string,
  action: "EDITED" | "SHARED" | "DELETED" | "RESTORED",
  reason?: string,
) {
  await tx.adviceRevision.create({
    data: {
      adviceId: entry.id,
      revision: entry.version + 1,
      givenOn: entry.givenOn,
      givenByName: entry.givenByName,
      givenByRole: entry.givenByRole,
      summary: entry.summary,
      details: entry.details,
      kind: entry.kind,
      visibility: entry.visibility,
      action,
      reason: reason ?? null,
      editedById,
    },
  });
}

const editRefusal = (actor: ProgrammeActor, entry: EntrySnapshot) =>
  canEditAdvice(actor, entry) ? null : refusalFor(entry.engagement.partner.institution.name, SERVICE_LABELS[entry.service]);
const removedRefusal = (entry: EntrySnapshot) =>
  entry.deletedAt ? "This entry has been removed, so it cannot be changed. Ask the team leader to restore it first." : null;

export type EditAdviceData = AdviceText & { adviceId: string; version: number; attachments: readonly UploadedFile[] };

/** Edits an entry; the earlier state is kept as a revision (advice is evidence). */
export async function editAdvice(user: Actor, input: EditAdviceData) {
  const files = checkAttachments(input.attachments);
  return db.$transaction(async (tx) => {
    const { entry } = await loadForChange(
      tx,
      user,
      input.adviceId,
      input.version,
      (actor, e) => editRefusal(actor, e) ?? removedRefusal(e),
    );
    const next = {
      givenOn: dateOf(input.givenOn),
      givenByName: input.givenByName,
      givenByRole: input.givenByRole,
      summary: input.summary,
      details: input.details,
      kind: input.kind,
    };
    const diff = changedFields(entry as unknown as Record<string, unknown>, next);
    if (diff.changed.length === 0 && files.length === 0) return { id: entry.id, programmeId: entry.programmeId, changed: false };
    if (diff.changed.length > 0) {
      await writeRevision(tx, entry, user.id, "EDITED");
      await tx.adviceEntry.update({ where: { id: entry.id }, data: { ...next, version: { increment: 1 } } });
    }
    await storeAttachments(tx, entry.id, user.id, files);
    await writeAudit(tx, {
      actorId: user.id,
      programmeId: entry.programmeId,
      action: "editAdvice",
      entityType: "AdviceEntry",
      entityId: entry.id,
      before: diff.before,
      after: { ...(diff.after as object), ...(files.length ? { attachmentsAdded: files.map((f) => f.fileName) } : {}) },
    });
    return { id: entry.id, programmeId: entry.programmeId, changed: true };
  }, TX_OPTIONS);
}

/** Shares an institution draft with the whole partnership. */
export async function shareAdvice(user: Actor, input: { adviceId: string; version: number }) {
  return db.$transaction(async (tx) => {
    const { entry } = await loadForChange(
      tx,
      user,
      input.adviceId,
      input.version,
      (actor, e) => editRefusal(actor, e) ?? removedRefusal(e),
    );
    if (entry.visibility === "SHARED") throw conflict("This entry is already shared with the partnership.");
    await writeRevision(tx, entry, user.id, "SHARED");
    await tx.adviceEntry.update({ where: { id: entry.id }, data: { visibility: "SHARED", version: { increment: 1 } } });
    await writeAudit(tx, {
      actorId: user.id,
      programmeId: entry.programmeId,
      action: "shareAdvice",
      entityType: "AdviceEntry",
      entityId: entry.id,
      before: { visibility: entry.visibility },
      after: { visibility: "SHARED" },
    });
    return { id: entry.id, programmeId: entry.programmeId };
  }, TX_OPTIONS);
}

/** Removes an entry (soft delete, with a reason): it stays in the history and the team leader can restore it. */
export async function deleteAdvice(user: Actor, input: { adviceId: string; version: number; reason: string }) {
  return db.$transaction(async (tx) => {
    const { entry } = await loadForChange(
      tx,
      user,
      input.adviceId,
      input.version,
      (actor, e) => editRefusal(actor, e) ?? removedRefusal(e),
    );
    await writeRevision(tx, entry, user.id, "DELETED", input.reason);
    await tx.adviceEntry.update({
      where: { id: entry.id },
      data: { deletedAt: new Date(), deletedById: user.id, deleteReason: input.reason, version: { increment: 1 } },
    });
    await writeAudit(tx, {
      actorId: user.id,
      programmeId: entry.programmeId,
      action: "deleteAdvice",
      entityType: "AdviceEntry",
      entityId: entry.id,
      after: { reason: input.reason },
    });
    return { id: entry.id, programmeId: entry.programmeId };
  }, TX_OPTIONS);
}

/** Brings a removed entry back (team leader only). */
export async function restoreAdvice(user: Actor, input: { adviceId: string; version: number }) {
  return db.$transaction(async (tx) => {
    const { entry } = await loadForChange(tx, user, input.adviceId, input.version, (actor, e) =>
      can(actor, "advice.restore", { institutionId: e.institutionId, service: e.service })
        ? e.deletedAt
          ? null
          : "This entry has not been removed."
        : "Only the team leader can restore removed advice.",
    );
    await writeRevision(tx, entry, user.id, "RESTORED");
    await tx.adviceEntry.update({
      where: { id: entry.id },
      data: { deletedAt: null, deletedById: null, deleteReason: null, version: { increment: 1 } },
    });
    await writeAudit(tx, {
      actorId: user.id,
      programmeId: entry.programmeId,
      action: "restoreAdvice",
      entityType: "AdviceEntry",
      entityId: entry.id,
      before: { deletedAt: entry.deletedAt?.toISOString() ?? null },
    });
    return { id: entry.id, programmeId: entry.programmeId };
  }, TX_OPTIONS);
}

/** Takes an attachment off an entry (kept in the database, hidden; the audit trail says who and when). */
export async function removeAttachment(user: Actor, input: { attachmentId: string }) {
  return db.$transaction(async (tx) => {
    const attachment = await tx.attachment.findFirst({
      where: { id: input.attachmentId, deletedAt: null },
      select: { id: true, fileName: true, adviceId: true },
    });
    if (!attachment) throw notFound("That attachment does not exist or was already removed.");
    const current = await findSnapshot(tx, attachment.adviceId);
    if (!current) throw notFound();
    await loadForChange(tx, user, attachment.adviceId, current.version, (actor, e) => editRefusal(actor, e) ?? removedRefusal(e));
    await tx.attachment.update({ where: { id: attachment.id }, data: { deletedAt: new Date() } });
    await writeAudit(tx, {
      actorId: user.id,
      programmeId: current.programmeId,
      action: "removeAttachment",
      entityType: "Attachment",
      entityId: attachment.id,
      before: { fileName: attachment.fileName, adviceId: attachment.adviceId },
    });
    return { id: attachment.adviceId, programmeId: current.programmeId };
  }, TX_OPTIONS);
}
