// What a change tells the notification fan-out. The request that makes the change enqueues one
// `notify` job with its event, in its own transaction (lib/notifications/mutations.ts, notify());
// the worker then decides who hears of it, in which way, in their language.
export type NotificationEvent =
  /** An issue was assigned to someone, or routed to a task-force member by its services. */
  | { type: "issueAssigned"; issueId: string; actorId: string }
  /** A comment on an issue (it may @mention people). */
  | { type: "issueCommented"; commentId: string; actorId: string }
  /**
   * An engagement changed stage: `eventId` is its EngagementEvent. When one change took several steps
   * (Advice received after logging advice), `eventId` is the last and `firstEventId` the first.
   */
  | { type: "engagementStageChanged"; eventId: string; firstEventId?: string; actorId: string }
  /** Advice logged on an engagement (its details may @mention people). */
  | { type: "adviceLogged"; adviceId: string; actorId: string }
  /** Advice edited: only new @mentions are news. `revision` is the AdviceRevision number before the edit. */
  | { type: "adviceEdited"; adviceId: string; revision: number; actorId: string }
  /** A partner shared advice with the whole programme. */
  | { type: "adviceShared"; adviceId: string; actorId: string }
  /** Someone who already has an account was invited to a programme. */
  | { type: "invited"; invitationId: string; actorId: string };
