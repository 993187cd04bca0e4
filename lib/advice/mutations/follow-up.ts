import "server-only";
import type { Tx } from "@/lib/db";
import type { Service } from "@/lib/generated/prisma/enums";
import { msg, type Message } from "@/lib/i18n/message";
import { createIssueInTx } from "@/lib/board/mutations";

/**
 * The board issue that follows advice up. Raised when the advice is visible to the partnership:
 * at logging time for shared advice, when it is shared for a draft (a draft's words stay inside
 * its institution until then). Its words are stored, so they are said once, in the language of the
 * person who raises it (`say`); the title is normally the first line of their own note.
 */
export function raiseFollowUpIssue(
  tx: Tx,
  say: (message: Message) => string,
  actorId: string,
  entry: {
    id: string;
    programmeId: string;
    engagementId: string;
    institutionId: string;
    service: Service;
    summary: string;
    followUpNote: string | null;
  },
  institutionName: string,
) {
  const note = entry.followUpNote ?? "";
  const service = say(msg(`domain.service.${entry.service}`));
  return createIssueInTx(tx, {
    programmeId: entry.programmeId,
    authorId: actorId,
    title: (note.split("\n")[0] || say(msg("advice.followUp.title", { service }))).slice(0, 200).padEnd(3, "."),
    description: `${say(msg("advice.followUp.description", { service, institution: institutionName, summary: entry.summary }))}\n\n${note}`,
    services: [entry.service],
    institutionId: entry.institutionId,
    priority: "NORMAL",
    dueDate: null,
    labels: ["follow-up"],
    escalation: null,
    engagementId: entry.engagementId,
    adviceId: entry.id,
  });
}
