import "server-only";
import { db, type Tx } from "@/lib/db";
import { writeAudit } from "@/lib/audit/mutations";
import { checkAttachments, storedFileColumns, type UploadedFile } from "@/lib/advice/mutations/attachments";
import type { CheckedFile } from "@/lib/advice/file-types";
import { inGuideOrder } from "@/lib/domain/services";
import { conflict, forbidden, invalid, notFound } from "@/lib/errors";
import { msg } from "@/lib/i18n/message";
import type { ProposeDecisionInput, ReviseDecisionInput, SignOffInput } from "./schema";

type WithFiles<T> = Omit<T, "attachments"> & { attachments: readonly UploadedFile[] };

async function storeFiles(tx: Tx, versionId: string, uploadedById: string, files: readonly CheckedFile[]) {
  for (const file of files) await tx.decisionAttachment.create({ data: { versionId, ...storedFileColumns(file, uploadedById) } });
}

/** The decision's row, locked for the change: new versions, answers and withdrawals of one decision queue behind each other. */
async function lockDecision(tx: Tx, decisionId: string) {
  await tx.$queryRaw`SELECT 1 FROM "Decision" WHERE "id" = ${decisionId} FOR NO KEY UPDATE`;
  const decision = await tx.decision.findUnique({
    where: { id: decisionId },
    select: { id: true, programmeId: true, number: true, title: true, step: true, services: true, currentVersion: true, withdrawnAt: true },
  });
  if (!decision) throw notFound(msg("decisions.errors.missing"));
  if (decision.withdrawnAt) throw conflict(msg("decisions.errors.withdrawn", { number: decision.number }));
  return decision;
}

/** Proposes a decision: version 1, which every current partner is then asked to answer. */
export async function proposeDecision(actorId: string, programmeId: string, input: WithFiles<Omit<ProposeDecisionInput, "programmeId">>) {
  const files = checkAttachments(input.attachments);
  return db.$transaction(async (tx) => {
    const { nextDecisionNumber: next } = await tx.programme.update({
      where: { id: programmeId },
      data: { nextDecisionNumber: { increment: 1 } },
      select: { nextDecisionNumber: true },
    });
    const number = next - 1;
    const decision = await tx.decision.create({
      data: {
        programmeId,
        number,
        title: input.title,
        step: input.step,
        services: inGuideOrder(input.services),
        template: input.template,
        authorId: actorId,
        versions: {
          create: {
            number: 1,
            question: input.question,
            options: input.options,
            proposal: input.proposal,
            rationale: input.rationale,
            authorId: actorId,
          },
        },
      },
      select: { id: true, versions: { select: { id: true } } },
    });
    await storeFiles(tx, decision.versions[0]!.id, actorId, files);
    await writeAudit(tx, {
      actorId,
      programmeId,
      action: "proposeDecision",
      entityType: "Decision",
      entityId: decision.id,
      after: {
        number,
        title: input.title,
        step: input.step,
        services: input.services,
        template: input.template,
        version: 1,
        attachments: files.map((f) => f.fileName),
      },
    });
    return { id: decision.id, number };
  });
}

/**
 * A new version of the proposal. Every earlier version and every answer stays as it was; the
 * partners are asked again, about the new one. Refused when someone else published a version since
 * the person started editing (they would overwrite words they have not read), or when nothing changed.
 */
export async function reviseDecision(actorId: string, input: WithFiles<ReviseDecisionInput>) {
  const files = checkAttachments(input.attachments);
  return db.$transaction(async (tx) => {
    const decision = await lockDecision(tx, input.decisionId);
    if (decision.currentVersion !== input.basedOn)
      throw conflict(msg("decisions.errors.newerVersion", { version: decision.currentVersion, based: input.basedOn }));
    const current = await tx.decisionVersion.findUniqueOrThrow({
      where: { decisionId_number: { decisionId: decision.id, number: decision.currentVersion } },
      select: { question: true, options: true, proposal: true, rationale: true },
    });
    const services = inGuideOrder(input.services);
    const textChanged = (["question", "options", "proposal", "rationale"] as const).some((field) => current[field] !== input[field]);
    const labelsChanged = decision.title !== input.title || decision.step !== input.step || decision.services.join() !== services.join();
    if (!textChanged && !labelsChanged && files.length === 0) throw invalid(msg("decisions.errors.nothingChanged"));
    const number = decision.currentVersion + 1;
    const version = await tx.decisionVersion.create({
      data: {
        decisionId: decision.id,
        number,
        question: input.question,
        options: input.options,
        proposal: input.proposal,
        rationale: input.rationale,
        authorId: actorId,
      },
      select: { id: true },
    });
    await storeFiles(tx, version.id, actorId, files);
    await tx.decision.update({
      where: { id: decision.id },
      data: { currentVersion: number, title: input.title, step: input.step, services, lastActivityAt: new Date() },
    });
    await writeAudit(tx, {
      actorId,
      programmeId: decision.programmeId,
      action: "reviseDecision",
      entityType: "Decision",
      entityId: decision.id,
      before: { version: decision.currentVersion, title: decision.title, step: decision.step, services: decision.services },
      after: { version: number, title: input.title, step: input.step, services, attachments: files.map((f) => f.fileName) },
    });
    return { id: decision.id, number: decision.number, version: number };
  });
}

/**
 * An institution's answer to a version. It applies to the version the person read: if a new version
 * appeared meanwhile, the answer is refused and says so (it would otherwise count for words the
 * person never saw). Answers are appended; the newest one of each institution counts.
 */
export async function signOffDecision(actorId: string, target: { decisionId: string; institutionId: string }, input: SignOffInput) {
  return db.$transaction(async (tx) => {
    // The partner's row for share: removing this partner waits for the answer, or the answer sees it removed.
    const partner = await tx.$queryRaw<{ archivedAt: Date | null }[]>`
      SELECT p."archivedAt" FROM "ProgrammePartner" p JOIN "Decision" d ON d."programmeId" = p."programmeId"
      WHERE d."id" = ${target.decisionId} AND p."institutionId" = ${target.institutionId} FOR SHARE OF p`;
    if (partner.length === 0 || partner[0]!.archivedAt) throw forbidden(msg("decisions.errors.notAPartner"));
    const decision = await lockDecision(tx, target.decisionId);
    if (decision.currentVersion !== input.version)
      throw conflict(msg("decisions.errors.answeredOldVersion", { version: decision.currentVersion, answered: input.version }));
    const version = await tx.decisionVersion.findUniqueOrThrow({
      where: { decisionId_number: { decisionId: decision.id, number: decision.currentVersion } },
      select: { id: true },
    });
    const previous = await tx.decisionSignOff.findFirst({
      where: { versionId: version.id, institutionId: target.institutionId },
      orderBy: [{ signedAt: "desc" }, { id: "desc" }],
      select: { answer: true, text: true },
    });
    if (previous && previous.answer === input.answer && previous.text === input.text) throw conflict(msg("decisions.errors.sameAnswer"));
    const signOff = await tx.decisionSignOff.create({
      data: {
        decisionId: decision.id,
        versionId: version.id,
        institutionId: target.institutionId,
        answer: input.answer,
        text: input.text,
        signedById: actorId,
      },
      select: { id: true },
    });
    await tx.decision.update({ where: { id: decision.id }, data: { lastActivityAt: new Date() } });
    await writeAudit(tx, {
      actorId,
      programmeId: decision.programmeId,
      action: "signOffDecision",
      entityType: "Decision",
      entityId: decision.id,
      before: previous ? { answer: previous.answer, text: previous.text } : undefined,
      after: {
        institutionId: target.institutionId,
        version: decision.currentVersion,
        answer: input.answer,
        text: input.text,
        signOffId: signOff.id,
      },
    });
    return { number: decision.number };
  });
}

/** Takes a decision off the table: kept, with its versions and answers, and no longer waits for anyone. */
export async function withdrawDecision(actorId: string, input: { decisionId: string; reason: string }) {
  return db.$transaction(async (tx) => {
    const decision = await lockDecision(tx, input.decisionId);
    const at = new Date();
    await tx.decision.update({
      where: { id: decision.id },
      data: { withdrawnAt: at, withdrawnById: actorId, withdrawReason: input.reason, lastActivityAt: at },
    });
    await writeAudit(tx, {
      actorId,
      programmeId: decision.programmeId,
      action: "withdrawDecision",
      entityType: "Decision",
      entityId: decision.id,
      after: { withdrawnAt: at.toISOString(), reason: input.reason },
    });
    return { number: decision.number };
  });
}
