// The words for what audit rows store as identifiers: action names ("moveEngagement"), item types
// ("BoardIssue"), field names ("dueDate") and enum values ("IN_CONSULTATION"). The rows are data
// written by every area and never rewritten, so they are translated when shown: a known identifier
// has its message in the audit namespace (or domain's, for stages, services, roles…); one this list
// does not know yet (a new action, an old one renamed) is still shown, by its identifier in words.
import {
  AdviceKind,
  AdviceVisibility,
  DecisionTemplate,
  DeliveryMode,
  EngagementStage,
  EscalationLevel,
  IssueCloseReason,
  IssuePriority,
  IssueStatus,
  MemberRole,
  NotificationDelivery,
  NotificationKind,
  ObstacleStage,
  PartnerRole,
  PlanStepKey,
  PlanStepStatus,
  ProgrammeElement,
  ProgrammeStarters,
  ProgrammeStatus,
  RuleLevel,
  Service,
  SignOffAnswer,
} from "@/lib/generated/prisma/enums";
import { msg, type Message, type MessageKey } from "@/lib/i18n/message";

/** "moveEngagement" → "Move engagement"; "ProgrammePartner" → "Programme partner". */
export function humanize(identifier: string): string {
  const words = identifier
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/_/g, " ")
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Every action name the app writes (the areas' mutations, and the test factories). */
export const AUDIT_ACTIONS = [
  "moveEngagement",
  "updateEngagementDetails",
  "createIssue",
  "assignIssue",
  "editIssue",
  "commentIssue",
  "resolveIssue",
  "reopenIssue",
  "closeIssue",
  "moveIssue",
  "logAdvice",
  "editAdvice",
  "shareAdvice",
  "deleteAdvice",
  "restoreAdvice",
  "removeAttachment",
  "removeRepresentative",
  "addPartner",
  "createProgramme",
  "addMember",
  "archivePartner",
  "restorePartner",
  "updateProgrammeSettings",
  "updateProgrammeDetails",
  "changeMemberRole",
  "removeMember",
  "inviteMember",
  "acceptInvitation",
  "declineInvitation",
  "revokeInvitation",
  "resendInvitation",
  "resetOwnPassword",
  "setFirstPassword",
  "sendAccountInvitation",
  "createInstitution",
  "updateInstitution",
  "createUser",
  "updateUser",
  "resetUserPassword",
  "deactivateUser",
  "reactivateUser",
  "updatePlatformSettings",
  "signOutEverywhere",
  "changeOwnPassword",
  "setTimeZone",
  "setLocale",
  "setNotificationPreferences",
  "unsubscribe",
  "watchIssue",
  "unwatchIssue",
  "watchEngagement",
  "unwatchEngagement",
  "sendTestEmail",
  "createIdentityProvider",
  "updateIdentityProvider",
  "deleteIdentityProvider",
  "setInstitutionRequiresSso",
  "bindSsoIdentity",
  "createUserJustInTime",
  "refuseSsoSignIn",
  "updatePlanStep",
  "proposeDecision",
  "reviseDecision",
  "signOffDecision",
  "withdrawDecision",
  "raiseObstacle",
  "editObstacle",
  "moveObstacle",
] as const;

/** Every item type (entityType) the app writes. */
export const AUDIT_ITEM_TYPES = [
  "Engagement",
  "BoardIssue",
  "BoardComment",
  "AdviceEntry",
  "Attachment",
  "ProgrammePartner",
  "Membership",
  "Invitation",
  "Programme",
  "User",
  "Institution",
  "PlatformSettings",
  "IdentityProvider",
  "PlanStep",
  "Decision",
  "Obstacle",
] as const;

/** Every field name found in the rows' before/after. */
export const AUDIT_FIELDS = [
  "issueId",
  "locale",
  "stage",
  "blockedFromStage",
  "version",
  "note",
  "contactName",
  "contactRole",
  "contactEmail",
  "ownerId",
  "dueDate",
  "number",
  "title",
  "description",
  "services",
  "institutionId",
  "priority",
  "assigneeId",
  "labels",
  "escalation",
  "engagementId",
  "adviceId",
  "routing",
  "commentId",
  "status",
  "position",
  "resolutionNote",
  "closeReason",
  "closeNote",
  "name",
  "email",
  "isPlatformAdmin",
  "isProgrammeCreator",
  "passwordSet",
  "passwordReset",
  "sessionsRevoked",
  "deactivatedAt",
  "reason",
  "programmeStarters",
  "passwordChanged",
  "otherSessionsEnded",
  "expiresAt",
  "invitationSent",
  "sessionsEnded",
  "timeZone",
  "fileName",
  "service",
  "summary",
  "kind",
  "visibility",
  "loggedAsTeamLeader",
  "attachments",
  "followUpIssue",
  "givenOn",
  "givenByName",
  "givenByRole",
  "details",
  "attachmentsAdded",
  "deletedAt",
  "userId",
  "membershipRemoved",
  "role",
  "ects",
  "eqfLevel",
  "deliveryMode",
  "plannedStart",
  "leadInstitutionId",
  "archivedAt",
  "staleAfterDays",
  "unassignedIssues",
  "leftProgramme",
  "unownedEngagements",
  "followUpNeeded",
  "followUpNote",
  "shortName",
  "country",
  "city",
  "erasmusCode",
  "schacCode",
  "digestHour",
  "topic",
  "displayName",
  "slug",
  "issuer",
  "clientId",
  "clientSecret",
  "domains",
  "institutionIds",
  "allowJustInTime",
  "newAccountInstitutionId",
  "endSessionEndpoint",
  "requireSso",
  "subject",
  "provider",
  "institutionsNoLongerRequiringSso",
  "statusReason",
  "targetDate",
  "step",
  "template",
  "answer",
  "text",
  "signOffId",
  "withdrawnAt",
  "rule",
  "ruleSource",
  "ruleLevel",
  "element",
  "raisedFromAdviceId",
  "raisedFromIssueId",
  "evidenceAdviceId",
] as const;

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);

/** "Move engagement", in the reader's language. */
export function actionLabel(action: string): Message {
  return isOneOf(AUDIT_ACTIONS, action) ? msg(`audit.action.${action}`) : msg("audit.actionOther", { name: humanize(action) });
}

/** "Board issue", "Advice", "Partner"… (the item type filter and each row say the same). */
export function itemTypeLabel(entityType: string): Message {
  return isOneOf(AUDIT_ITEM_TYPES, entityType)
    ? msg(`audit.itemType.${entityType}`)
    : msg("audit.itemTypeOther", { name: humanize(entityType) });
}

/** "Due date"; "institutionId" reads as "Institution", since the id is shown as a name. */
export function fieldLabel(field: string): Message {
  return isOneOf(AUDIT_FIELDS, field)
    ? msg(`audit.field.${field}`)
    : msg("audit.fieldOther", { name: humanize(field.replace(/(.)Id$/, "$1")) });
}

function keysOf<V extends string>(values: Record<string, V>, key: (value: V) => MessageKey): [string, MessageKey][] {
  return Object.values(values).map((value) => [value, key(value)]);
}

/** Enum values, by value: no two of the app's enums share one, so the value alone says which it is. */
const ENUM_VALUE_KEYS: ReadonlyMap<string, MessageKey> = new Map([
  ...keysOf(Service, (v) => `domain.service.${v}` as const),
  ...keysOf(EngagementStage, (v) => `domain.stage.${v}` as const),
  ...keysOf(MemberRole, (v) => `domain.role.${v}` as const),
  ...keysOf(DeliveryMode, (v) => `domain.deliveryMode.${v}` as const),
  ...keysOf(ProgrammeStatus, (v) => `domain.programmeStatus.${v}` as const),
  ...keysOf(PartnerRole, (v) => `audit.value.partnerRole.${v}` as const),
  ...keysOf(IssueStatus, (v) => `audit.value.issueStatus.${v}` as const),
  ...keysOf(IssuePriority, (v) => `audit.value.priority.${v}` as const),
  ...keysOf(IssueCloseReason, (v) => `audit.value.closeReason.${v}` as const),
  ...keysOf(EscalationLevel, (v) => `audit.value.escalation.${v}` as const),
  ...keysOf(AdviceKind, (v) => `audit.value.adviceKind.${v}` as const),
  ...keysOf(AdviceVisibility, (v) => `audit.value.visibility.${v}` as const),
  ...keysOf(ProgrammeStarters, (v) => `audit.value.programmeStarters.${v}` as const),
  ...keysOf(NotificationKind, (v) => `inbox.kinds.${v}.label` as const),
  ...keysOf(NotificationDelivery, (v) => `inboxClient.settings.delivery.${v}` as const),
  // Values two enums share read the same in both ("In progress", "Not applicable"); a step's name wins over a template's.
  ...keysOf(DecisionTemplate, (v) => `decisions.templates.${v}.title` as const),
  ...keysOf(PlanStepKey, (v) => `domain.planStep.${v}` as const),
  ...keysOf(PlanStepStatus, (v) => `domain.planStatus.${v}` as const),
  ...keysOf(SignOffAnswer, (v) => `domain.signOffAnswer.${v}` as const),
  ...keysOf(ObstacleStage, (v) => `domain.obstacleStage.${v}` as const),
  ...keysOf(RuleLevel, (v) => `domain.ruleLevel.${v}` as const),
  ...keysOf(ProgrammeElement, (v) => `domain.programmeElement.${v}` as const),
]);

/** The label of a stored enum value ("IN_CONSULTATION" → "In consultation"), if it is one of the app's. */
export function enumValueLabel(value: string): Message | null {
  const key = ENUM_VALUE_KEYS.get(value);
  return key ? msg(key) : null;
}
