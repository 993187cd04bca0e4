// The board's words in client components (and the small components shared with server pages): no
// "use client" here, since next-intl's hooks work on both sides and server pages render these too.
import { useTranslations } from "next-intl";
import type { BoardClientMessage } from "@/lib/board/labels";
import type { AssigneeSeat } from "@/lib/board/data";

const PREFIX = "boardClient.";
type InNamespace<K> = K extends `boardClient.${infer Key}` ? Key : never;

/** Says a Message of the boardClient namespace (lib/board's moves and routing) in the reader's language. */
export function useSayBoard(): (message: BoardClientMessage) => string {
  const t = useTranslations("boardClient");
  return (message) => t(message.key.slice(PREFIX.length) as InNamespace<BoardClientMessage["key"]>, message.values);
}

/** "team leader; task force, VUT": the seats an assignee holds, as the assignee menus show them. */
export function useSaySeats(): (seats: readonly AssigneeSeat[]) => string {
  const t = useTranslations("boardClient");
  return (seats) =>
    seats
      .map((seat) => (seat.role === "TEAM_LEADER" ? t("seat.teamLeader") : t("seat.taskForce", { institution: seat.institution })))
      .join("; ");
}
