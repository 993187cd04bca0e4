import "server-only";
import { db } from "@/lib/db";
import { conflict, invalid } from "@/lib/errors";
import { msg } from "@/lib/i18n/message";
import type { IssueCloseReason, IssueStatus } from "@/lib/generated/prisma/enums";
import { CLOSE_UNRESOLVED_HINT } from "../moves";
import { DONE_STATUSES } from "../labels";
import { recordEvent } from "./history";
import { lockBoardAndIssue } from "./issue-rows";
import { indexInColumn, relocate } from "./positions";

type MoveIssueData = { issueId: string; toStatus: IssueStatus; toIndex: number; version: number; resolutionNote?: string | null };

export async function moveIssue(actorId: string, input: MoveIssueData) {
  return db.$transaction(async (tx) => {
    const issue = await lockBoardAndIssue(tx, input.issueId, input.version);
    const note = input.resolutionNote?.trim() || null;
    if (input.toStatus === "RESOLVED" && issue.status !== "RESOLVED" && !note) throw invalid(msg("board.errors.resolutionNeeded"));
    // Resolved → Closed files a solved issue away (its resolution stays); anything else that ends
    // without a solution needs the reason (won't fix, duplicate) that closeIssue asks for.
    if (input.toStatus === "CLOSED" && issue.status !== "RESOLVED") throw invalid(CLOSE_UNRESOLVED_HINT);
    const fromIndex = await indexInColumn(tx, issue);
    const { index, position } = await relocate(tx, issue, input.toStatus, input.toIndex);
    const reopening = DONE_STATUSES.includes(issue.status) && !DONE_STATUSES.includes(input.toStatus);
    const resolving = input.toStatus === "RESOLVED" && issue.status !== "RESOLVED";
    const closing = input.toStatus === "CLOSED";
    const updated = await tx.boardIssue.update({
      where: { id: issue.id, version: issue.version },
      data: {
        status: input.toStatus,
        position,
        version: { increment: 1 },
        ...(resolving ? { resolutionNote: note, closeReason: null, closeNote: null } : {}),
        ...(reopening ? { closeReason: null, closeNote: null } : {}),
      },
      select: { id: true, number: true, status: true, position: true, version: true },
    });
    const kind = resolving ? "RESOLVED" : reopening ? "REOPENED" : closing ? "CLOSED" : "MOVED";
    const changes = {
      status: { from: issue.status, to: input.toStatus },
      position: { from: fromIndex, to: index },
      ...(resolving ? { resolutionNote: note } : {}),
    };
    await recordEvent(
      tx,
      issue,
      actorId,
      kind,
      changes,
      {
        action: resolving ? "resolveIssue" : reopening ? "reopenIssue" : closing ? "closeIssue" : "moveIssue",
        before: { status: issue.status, position: fromIndex },
        after: { status: input.toStatus, position: index, ...(resolving ? { resolutionNote: note } : {}) },
      },
      resolving ? "resolved" : reopening ? "reopened" : closing ? "closed" : "moved",
    );
    // Callers see the card's place in its column, not the stored (gapped) position.
    return { ...updated, position: index, fromStatus: issue.status };
  });
}

export async function resolveIssue(actorId: string, input: { issueId: string; version: number; resolutionNote: string }) {
  return moveIssue(actorId, {
    issueId: input.issueId,
    version: input.version,
    toStatus: "RESOLVED",
    toIndex: 0,
    resolutionNote: input.resolutionNote,
  });
}

export async function reopenIssue(actorId: string, input: { issueId: string; version: number }) {
  return moveIssue(actorId, { issueId: input.issueId, version: input.version, toStatus: "OPEN", toIndex: Number.MAX_SAFE_INTEGER });
}

export async function closeIssue(
  actorId: string,
  input: { issueId: string; version: number; closeReason: IssueCloseReason; closeNote: string },
) {
  return db.$transaction(async (tx) => {
    const issue = await lockBoardAndIssue(tx, input.issueId, input.version);
    if (issue.status === "CLOSED") throw conflict(msg("board.errors.alreadyClosed", { number: String(issue.number) }));
    const { position } = await relocate(tx, issue, "CLOSED", 0);
    await tx.boardIssue.update({
      where: { id: issue.id, version: issue.version },
      data: { status: "CLOSED", position, version: { increment: 1 }, closeReason: input.closeReason, closeNote: input.closeNote },
    });
    const changes = { status: { from: issue.status, to: "CLOSED" }, closeReason: input.closeReason, closeNote: input.closeNote };
    await recordEvent(
      tx,
      issue,
      actorId,
      "CLOSED",
      changes,
      {
        action: "closeIssue",
        before: { status: issue.status },
        after: { status: "CLOSED", closeReason: input.closeReason, closeNote: input.closeNote },
      },
      "closed",
    );
    return { version: issue.version + 1 };
  });
}
