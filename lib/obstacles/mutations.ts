import "server-only";
import { db, type Tx } from "@/lib/db";
import { changedFields, writeAudit } from "@/lib/audit/mutations";
import { conflict, invalidFields, notFound } from "@/lib/errors";
import { msg } from "@/lib/i18n/message";
import { canMoveObstacle } from "./pathway";
import type { EditObstacleInput, MoveObstacleInput, RaiseObstacleInput } from "./schema";

const LOCKED_FIELDS = { id: true, programmeId: true, number: true, stage: true, version: true } as const;

/** Raises an obstacle (identified), with the first step of its pathway. Links were checked by the caller. */
export async function raiseObstacle(actorId: string, input: RaiseObstacleInput) {
  return db.$transaction(async (tx) => {
    const { nextObstacleNumber: next } = await tx.programme.update({
      where: { id: input.programmeId },
      data: { nextObstacleNumber: { increment: 1 } },
      select: { nextObstacleNumber: true },
    });
    const number = next - 1;
    const { programmeId, ...fields } = input;
    const obstacle = await tx.obstacle.create({
      data: { programmeId, number, ...fields, authorId: actorId, events: { create: { toStage: "IDENTIFIED", actorId, note: "" } } },
      select: { id: true },
    });
    await writeAudit(tx, {
      actorId,
      programmeId,
      action: "raiseObstacle",
      entityType: "Obstacle",
      entityId: obstacle.id,
      after: { number, ...fields },
    });
    return { number };
  });
}

async function lockObstacle(tx: Tx, obstacleId: string, version: number) {
  await tx.$queryRaw`SELECT 1 FROM "Obstacle" WHERE "id" = ${obstacleId} FOR NO KEY UPDATE`;
  const obstacle = await tx.obstacle.findUnique({ where: { id: obstacleId }, select: LOCKED_FIELDS });
  if (!obstacle) throw notFound(msg("obstacles.errors.missing"));
  if (obstacle.version !== version) throw conflict(msg("obstacles.errors.changedMeanwhile"));
  return obstacle;
}

/** Changes what the obstacle says (not its stage: that is a move, with evidence). */
export async function editObstacle(actorId: string, input: EditObstacleInput) {
  return db.$transaction(async (tx) => {
    const locked = await lockObstacle(tx, input.obstacleId, input.version);
    const before = await tx.obstacle.findUniqueOrThrow({
      where: { id: locked.id },
      select: { title: true, rule: true, ruleSource: true, ruleLevel: true, country: true, element: true, description: true, step: true },
    });
    const { obstacleId: _id, version: _version, ...fields } = input;
    const diff = changedFields(before, fields);
    if (diff.changed.length === 0) return { number: locked.number, changed: false };
    await tx.obstacle.update({ where: { id: locked.id }, data: { ...fields, version: { increment: 1 } } });
    await writeAudit(tx, {
      actorId,
      programmeId: locked.programmeId,
      action: "editObstacle",
      entityType: "Obstacle",
      entityId: locked.id,
      before: diff.before,
      after: diff.after,
    });
    return { number: locked.number, changed: true };
  });
}

/** One step along the pathway (the table in pathway.ts says which exist), with who, when and the evidence. */
export async function moveObstacle(actorId: string, input: MoveObstacleInput) {
  return db.$transaction(async (tx) => {
    const obstacle = await lockObstacle(tx, input.obstacleId, input.version);
    if (!canMoveObstacle(obstacle.stage, input.toStage))
      throw invalidFields({ toStage: msg("obstacles.errors.impossibleMove", { from: obstacle.stage, to: input.toStage }) });
    await tx.obstacle.update({ where: { id: obstacle.id }, data: { stage: input.toStage, version: { increment: 1 } } });
    await tx.obstacleEvent.create({
      data: {
        obstacleId: obstacle.id,
        fromStage: obstacle.stage,
        toStage: input.toStage,
        note: input.note,
        evidenceAdviceId: input.evidenceAdviceId,
        actorId,
      },
    });
    await writeAudit(tx, {
      actorId,
      programmeId: obstacle.programmeId,
      action: "moveObstacle",
      entityType: "Obstacle",
      entityId: obstacle.id,
      before: { stage: obstacle.stage },
      after: { stage: input.toStage, note: input.note, evidenceAdviceId: input.evidenceAdviceId },
    });
    return { number: obstacle.number };
  });
}
