import "server-only";
import type { Tx } from "@/lib/db";
import { writeAudit } from "@/lib/audit/mutations";
import type { Prisma } from "@/lib/generated/prisma/client";
import { BOARD_CHANNEL, type BoardEvent, type BoardEventKind } from "../realtime";

// What every change of an issue leaves behind, in its own transaction: an entry in the issue's
// history, an audit row, and a notification that live boards receive when the transaction commits.

/** Inside the mutation's transaction: PostgreSQL delivers the notification only on commit. */
async function notifyBoard(tx: Tx, event: BoardEvent): Promise<void> {
  await tx.$executeRaw`SELECT pg_notify(${BOARD_CHANNEL}, ${JSON.stringify(event)})`;
}

export async function recordEvent(
  tx: Tx,
  issue: { id: string; programmeId: string },
  actorId: string,
  kind: string,
  changes: Prisma.InputJsonValue | undefined,
  audit: { action: string; before?: Prisma.InputJsonValue; after?: Prisma.InputJsonValue },
  notify: BoardEventKind,
) {
  await tx.boardIssueEvent.create({ data: { issueId: issue.id, actorId, kind, changes } });
  await writeAudit(tx, {
    actorId,
    programmeId: issue.programmeId,
    action: audit.action,
    entityType: "BoardIssue",
    entityId: issue.id,
    before: audit.before,
    after: audit.after,
  });
  await notifyBoard(tx, { programmeId: issue.programmeId, issueId: issue.id, kind: notify });
}
