// Which moves a card offers on the board, and what the buttons and arrow keys say: one table for the
// buttons, the arrow keys and the drop targets (client code; no zod, no database).
import type { IssueStatus } from "@/lib/generated/prisma/enums";
import { BOARD_STATUSES, STATUS_LABELS } from "./labels";

export type MoveKind = "prev" | "next" | "up" | "down";

/** Arrow keys on a focused card: Left/Right between columns, Up/Down within the column. */
export const MOVE_KEYS: Readonly<Record<string, MoveKind>> = { ArrowLeft: "prev", ArrowRight: "next", ArrowUp: "up", ArrowDown: "down" };
export const MOVE_KEY_SHORTCUTS = Object.keys(MOVE_KEYS).join(" ");

/** Short column names for the buttons (each accessible name contains its visible text). */
const SHORT_LABELS: Record<IssueStatus, string> = {
  OPEN: "Open",
  IN_PROGRESS: "In progress",
  WAITING_ON_PARTNER: "Waiting",
  RESOLVED: "Resolved",
  CLOSED: "Closed",
};

/**
 * The column a card moves to with ← (-1) or → (+1), or null. Closed cards stay put (they are reopened
 * from their page); a Resolved card moves on to Closed, where solved issues are filed away.
 */
export function neighbourColumn(status: IssueStatus, step: -1 | 1): IssueStatus | null {
  if (status === "CLOSED") return null;
  return BOARD_STATUSES[BOARD_STATUSES.indexOf(status) + step] ?? null;
}

/** Said wherever a move to Closed is refused (board and server): only a resolved issue is closed by moving it. */
export const CLOSE_UNRESOLVED_HINT =
  "Only a resolved issue moves to Closed. To close an issue that was not resolved, use “Close without resolving” on its page and say why.";

/** Only a resolved card may be dropped on or moved to Closed; everything else moves between the first four. */
export function canMoveTo(from: IssueStatus, to: IssueStatus): boolean {
  if (from === "CLOSED") return false;
  return to !== "CLOSED" || from === "RESOLVED";
}

export type MoveControl = {
  kind: MoveKind;
  /** What the button shows; its accessible name (`label`) contains it, as speech-input users say what they see. */
  visible: string;
  label: string;
  /** Where the card goes, or null when this move is not possible (the button is disabled and says why). */
  toStatus: IssueStatus | null;
  /** Why not, announced when the arrow key is pressed anyway. */
  unavailable?: string;
};

/** The four controls of a card at `index` of a column of `count` cards. */
export function moveControls(card: { number: number; status: IssueStatus }, index: number, count: number): MoveControl[] {
  const n = `#${card.number}`;
  const column = (kind: "prev" | "next", step: -1 | 1): MoveControl => {
    const to = neighbourColumn(card.status, step);
    const visible = step === -1 ? "Back" : "Next";
    if (!to) {
      const why = `${n} is in the ${step === -1 ? "first" : "last"} column`;
      return { kind, visible, label: `${visible}: ${why}`, toStatus: null, unavailable: `${why}.` };
    }
    const label = to === "CLOSED" ? `Move ${n} to Closed (it stays resolved)` : `Move ${n} to ${STATUS_LABELS[to]}`;
    return { kind, visible: SHORT_LABELS[to], label, toStatus: to };
  };
  const within = (kind: "up" | "down", possible: boolean, edge: "first" | "last"): MoveControl => {
    const visible = kind === "up" ? "Up" : "Down";
    return possible
      ? { kind, visible, label: `Move ${n} ${kind}`, toStatus: card.status }
      : { kind, visible, label: `Move ${n} ${kind} (it is already ${edge})`, toStatus: null, unavailable: `${n} is already ${edge}.` };
  };
  return [column("prev", -1), column("next", 1), within("up", index > 0, "first"), within("down", index < count - 1, "last")];
}
