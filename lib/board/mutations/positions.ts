import "server-only";
import type { Tx } from "@/lib/db";
import type { IssueStatus } from "@/lib/generated/prisma/enums";
import type { IssueState } from "./issue-rows";

// Ordering: `position` is gapped (steps of POSITION_STEP) and strictly increasing within
// (programmeId, status). A move writes only the moved card (the midpoint between its new neighbours);
// only when no gap is left is that one column renumbered. Callers speak in indexes (0-based place in
// the column without the moved card); positions never leave this module. Every change of status or
// position takes one advisory lock per programme for the rest of its transaction, so concurrent
// moves are serialised and always see a consistent column. The card's
// `version` makes a stale move fail loudly instead of silently overwriting a newer one.

/** Gap between neighbouring positions after a renumbering and for new cards at the end of a column. */
const POSITION_STEP = 1024;
/** Positions stay well inside PostgreSQL's int4; a column that drifts beyond this is renumbered. */
const POSITION_LIMIT = 1_000_000_000;

/** The 0-based place of a card in its column (what people and the audit trail see). */
export async function indexInColumn(tx: Tx, issue: { programmeId: string; status: IssueStatus; position: number; number: number }) {
  return tx.boardIssue.count({
    where: {
      programmeId: issue.programmeId,
      status: issue.status,
      OR: [{ position: { lt: issue.position } }, { position: issue.position, number: { lt: issue.number } }],
    },
  });
}

/** Rewrites one column (without `exceptId`) to 1, 2, 3… × POSITION_STEP, keeping its order. Rare: only when a gap is used up. */
async function renumberColumn(tx: Tx, programmeId: string, status: IssueStatus, exceptId: string) {
  await tx.$executeRaw`
    UPDATE "BoardIssue" b SET "position" = r.rn * ${POSITION_STEP}
    FROM (
      SELECT "id", row_number() OVER (ORDER BY "position", "number")::int AS rn
      FROM "BoardIssue" WHERE "programmeId" = ${programmeId} AND "status" = ${status}::"IssueStatus" AND "id" <> ${exceptId}
    ) r
    WHERE b."id" = r."id"`;
}

/** The position after the last Open card (renumbering the column first in the unlikely case it ran out of room). */
export async function endOfOpenColumn(tx: Tx, programmeId: string, lastPosition: number | null) {
  if (lastPosition === null) return POSITION_STEP;
  if (lastPosition + POSITION_STEP < POSITION_LIMIT) return lastPosition + POSITION_STEP;
  await renumberColumn(tx, programmeId, "OPEN", "");
  return ((await tx.boardIssue.count({ where: { programmeId, status: "OPEN" } })) + 1) * POSITION_STEP;
}

/**
 * Picks the position that puts the card at `toIndex` (clamped) of `toStatus`, counting the column without the card.
 * Call with the board lock held. Returns the index it landed at and the position to store.
 */
export async function relocate(
  tx: Tx,
  issue: IssueState,
  toStatus: IssueStatus,
  toIndex: number,
): Promise<{ index: number; position: number }> {
  const column = { programmeId: issue.programmeId, status: toStatus, NOT: { id: issue.id } };
  const count = await tx.boardIssue.count({ where: column });
  const index = Math.max(0, Math.min(toIndex, count));
  for (let attempt = 0; attempt < 2; attempt++) {
    // The neighbours either side of the gap at `index`: at most two rows read through the (programmeId, status, position) index.
    const around = await tx.boardIssue.findMany({
      where: column,
      orderBy: [{ position: "asc" }, { number: "asc" }],
      skip: Math.max(0, index - 1),
      take: index === 0 ? 1 : 2,
      select: { position: true },
    });
    const before = index === 0 ? undefined : around[0]?.position;
    const after = index === 0 ? around[0]?.position : around[1]?.position;
    let position: number | undefined;
    if (before === undefined && after === undefined) position = POSITION_STEP;
    else if (before === undefined) position = after! - POSITION_STEP;
    else if (after === undefined) position = before + POSITION_STEP;
    else if (after - before >= 2) position = Math.floor((before + after) / 2);
    if (position !== undefined && Math.abs(position) < POSITION_LIMIT) return { index, position };
    await renumberColumn(tx, issue.programmeId, toStatus, issue.id);
  }
  throw new Error("Board positions could not be renumbered.");
}
