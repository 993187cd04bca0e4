import "server-only";
import type { NotificationEvent } from "../events";
import type { PlannedNotification } from "../planned";
import { planAdviceEdited, planAdviceLogged, planAdviceShared } from "./advice";
import { planStageChanged } from "./engagements";
import { planInvited } from "./invitations";
import { planIssueAssigned, planIssueCommented } from "./issues";
import { saveNotifications } from "./mutations";

// The `notify` job: who hears of a change, decided when the job runs, from the database as it is
// then (a person who left the programme meanwhile hears nothing). A bounded number of queries per
// event, whatever the number of people: each planner reads its rows and the people's standing in a
// few statements, and saveNotifications writes them all at once.

/** Who should hear of `event`, and in which words and kind. */
export function planNotifications(event: NotificationEvent, now: Date): Promise<PlannedNotification[]> {
  switch (event.type) {
    case "issueAssigned":
      return planIssueAssigned(event.issueId);
    case "issueCommented":
      return planIssueCommented(event.commentId);
    case "engagementStageChanged":
      return planStageChanged(event.eventId, event.firstEventId, now);
    case "adviceLogged":
      return planAdviceLogged(event.adviceId, event.actorId);
    case "adviceEdited":
      return planAdviceEdited(event.adviceId, event.revision, event.actorId);
    case "adviceShared":
      return planAdviceShared(event.adviceId, event.actorId);
    case "invited":
      return planInvited(event.invitationId, event.actorId, now);
  }
}

/** The `notify` job's handler: plan, then write (idempotent: a retried job creates nothing twice). */
export async function fanOut(event: NotificationEvent, now: Date = new Date()) {
  return saveNotifications(await planNotifications(event, now), now);
}
