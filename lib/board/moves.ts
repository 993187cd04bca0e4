// Which moves a card offers on the board, and what the buttons and arrow keys say (Messages of the
// boardClient namespace): one table for the buttons, the arrow keys and the drop targets (client code;
// no zod, no database).
import type { IssueStatus } from "@/lib/generated/prisma/enums";
import { BOARD_STATUSES, boardClientMsg, type BoardClientMessage } from "./labels";

export type MoveKind = "prev" | "next" | "up" | "down";

/** Arrow keys on a focused card: Left/Right between columns, Up/Down within the column. */
export const MOVE_KEYS: Readonly<Record<string, MoveKind>> = { ArrowLeft: "prev", ArrowRight: "next", ArrowUp: "up", ArrowDown: "down" };
export const MOVE_KEY_SHORTCUTS = Object.keys(MOVE_KEYS).join(" ");

/**
 * The column a card moves to with ← (-1) or → (+1), or null. Closed cards stay put (they are reopened
 * from their page); a Resolved card moves on to Closed, where solved issues are filed away.
 */
export function neighbourColumn(status: IssueStatus, step: -1 | 1): IssueStatus | null {
  if (status === "CLOSED") return null;
  return BOARD_STATUSES[BOARD_STATUSES.indexOf(status) + step] ?? null;
}

/** Said wherever a move to Closed is refused (board and server): only a resolved issue is closed by moving it. */
export const CLOSE_UNRESOLVED_HINT = boardClientMsg("boardClient.moves.closeUnresolved");

/** Only a resolved card may be dropped on or moved to Closed; everything else moves between the first four. */
export function canMoveTo(from: IssueStatus, to: IssueStatus): boolean {
  if (from === "CLOSED") return false;
  return to !== "CLOSED" || from === "RESOLVED";
}

export type MoveControl = {
  kind: MoveKind;
  /** What the button shows; its accessible name (`label`) contains it, as speech-input users say what they see. */
  visible: BoardClientMessage;
  label: BoardClientMessage;
  /** Where the card goes, or null when this move is not possible (the button is disabled and says why). */
  toStatus: IssueStatus | null;
  /** Why not, announced when the arrow key is pressed anyway. */
  unavailable?: BoardClientMessage;
};

/** The four controls of a card at `index` of a column of `count` cards. */
export function moveControls(card: { number: number; status: IssueStatus }, index: number, count: number): MoveControl[] {
  const number = String(card.number); // an id: "#1234", never "#1,234"
  const column = (kind: "prev" | "next", step: -1 | 1): MoveControl => {
    const to = neighbourColumn(card.status, step);
    if (!to) {
      const first = step === -1;
      return {
        kind,
        visible: boardClientMsg(first ? "boardClient.moves.back" : "boardClient.moves.next"),
        label: boardClientMsg(first ? "boardClient.moves.backUnavailable" : "boardClient.moves.nextUnavailable", { number }),
        toStatus: null,
        unavailable: boardClientMsg(first ? "boardClient.moves.inFirstColumn" : "boardClient.moves.inLastColumn", { number }),
      };
    }
    const label =
      to === "CLOSED"
        ? boardClientMsg("boardClient.moves.moveToClosed", { number })
        : boardClientMsg("boardClient.moves.moveTo", { number, status: to });
    return { kind, visible: boardClientMsg(`boardClient.moves.short.${to}`), label, toStatus: to };
  };
  const within = (kind: "up" | "down", possible: boolean): MoveControl => {
    const up = kind === "up";
    const visible = boardClientMsg(up ? "boardClient.moves.up" : "boardClient.moves.down");
    return possible
      ? {
          kind,
          visible,
          label: boardClientMsg(up ? "boardClient.moves.moveUp" : "boardClient.moves.moveDown", { number }),
          toStatus: card.status,
        }
      : {
          kind,
          visible,
          label: boardClientMsg(up ? "boardClient.moves.upUnavailable" : "boardClient.moves.downUnavailable", { number }),
          toStatus: null,
          unavailable: boardClientMsg(up ? "boardClient.moves.alreadyFirst" : "boardClient.moves.alreadyLast", { number }),
        };
  };
  return [column("prev", -1), column("next", 1), within("up", index > 0), within("down", index < count - 1)];
}
