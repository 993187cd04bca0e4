// What one tracker cell shows, worked out on the server: the client matrix receives these few
// values instead of the engagement rows (and no clock, so server and browser agree on "days ago").
import type { EngagementStage, Service } from "@/lib/generated/prisma/enums";
import type { TrackerRow } from "./data";
import { formatDay, type Reader } from "@/lib/domain/dates";
import { daysBetween, isOverdue, isStale } from "./next-steps";

export type MatrixCell = {
  id: string;
  service: Service;
  stage: EngagementStage;
  contactName: string | null;
  /** Whole days since the last activity (the matrix says "3 days since activity", "· stale" when it is). */
  idleDays: number;
  stale: boolean;
  /** The due date ("24 Nov 2026", in the reader's language) when the engagement is overdue. */
  overdueSince: string | null;
  blockedReason: string | null;
};

/** A tracker row as the matrix shows it: the same institution fields, display-ready cells. */
export type MatrixRow = Omit<TrackerRow, "cells"> & { cells: MatrixCell[] };

export function toMatrixRows(rows: readonly TrackerRow[], staleAfterDays: number, now: Date, reader?: Pick<Reader, "locale">): MatrixRow[] {
  const today = now.toISOString().slice(0, 10);
  return rows.map(({ cells, ...institution }) => ({
    ...institution,
    cells: cells.map((cell) => {
      const stale = isStale(cell.lastActivityAt, cell.stage, staleAfterDays, now);
      return {
        id: cell.id,
        service: cell.service,
        stage: cell.stage,
        contactName: cell.contactName,
        idleDays: daysBetween(cell.lastActivityAt, now),
        stale,
        overdueSince: isOverdue(cell.dueDate, cell.stage, today) ? formatDay(cell.dueDate!, reader) : null,
        blockedReason: cell.stage === "BLOCKED" ? cell.stageReason : null,
      };
    }),
  }));
}
