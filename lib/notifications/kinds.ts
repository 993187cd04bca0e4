import type { NotificationDelivery, NotificationKind } from "@/lib/generated/prisma/enums";

/**
 * How each kind of notification reaches a person who has not chosen otherwise: what needs them now
 * is e-mailed at once; what is good to know waits for the daily digest. Everything is in the inbox.
 */
export const DEFAULT_DELIVERY: Record<NotificationKind, NotificationDelivery> = {
  ISSUE_ASSIGNED: "EMAIL_NOW",
  MENTION: "EMAIL_NOW",
  INVITATION: "EMAIL_NOW",
  ISSUE_COMMENT: "DIGEST",
  ENGAGEMENT_STAGE: "DIGEST",
  ADVICE_LOGGED: "DIGEST",
  ADVICE_SHARED: "DIGEST",
  DUE_SOON: "DIGEST",
  OVERDUE: "DIGEST",
  PARTNER_AHEAD: "DIGEST",
  ENGAGEMENT_BLOCKED: "EMAIL_NOW",
};

/** The kinds in the order the preferences page lists them. */
export const NOTIFICATION_KINDS = Object.keys(DEFAULT_DELIVERY) as NotificationKind[];

export const DELIVERIES: readonly NotificationDelivery[] = ["EMAIL_NOW", "DIGEST", "IN_APP"];
