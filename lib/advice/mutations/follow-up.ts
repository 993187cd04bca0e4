import "server-only";
import type { Tx } from "@/lib/db";
import type { Service } from "@/lib/generated/prisma/enums";
import { SERVICE_LABELS } from "@/lib/domain/services";
import { createIssueInTx } from "@/lib/board/mutations";

/**
 * The board issue that follows advice up. Raised when the advice is visible to the partnership:
 * at logging time for shared advice, when it is shared for a draft (a draft's words stay inside
 * its institution until then).
 */
export function raiseFollowUpIssue(
  tx: Tx,
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
  return createIssueInTx(tx, {
    programmeId: entry.programmeId,
    authorId: actorId,
    title: (note.split("\n")[0] || `Follow up the ${SERVICE_LABELS[entry.service]} advice`).slice(0, 200).padEnd(3, "."),
    description: `Follow-up of the ${SERVICE_LABELS[entry.service]} advice from ${institutionName}: "${entry.summary}".\n\n${note}`,
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
