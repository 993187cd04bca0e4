import "server-only";
import type { ProgrammeActor } from "@/lib/auth/permissions";
import { getTracker } from "@/lib/engagements/data";
import { msg, readStoredMessage, type Message } from "@/lib/i18n/message";
import { sayIn } from "@/lib/i18n/translate";
import type { EmailContent, Envelope } from "@/lib/mail/content";
import { recipient } from "@/lib/mail/data";
import { digestContent, nextStepsFor, type DigestItem, type DigestStep } from "../digest/content";
import { readNotificationKey, type ReadKey } from "../keys";
import { splitMentions } from "../mentions";
import { unsubscribePath } from "../unsubscribe";
import { loadCommentText, loadDigestSettings, loadNotification, loadNotificationsOf, loadSubjects, type NotificationToSend } from "./data";
import { isStillNews } from "./standing";

// The two e-mails notifications make: one notification at once ("notification"), and the daily
// digest ("digest"). Each is built when its job runs, from the database as it is then: a notification
// deleted, a person deactivated or no longer allowed to read the item, sends nothing (a notification
// already read in the inbox is still sent: the person chose e-mail for it).

export type NotificationEmailTemplates = {
  notification: { notificationId: string };
  digest: { userId: string; day: string; notificationIds: string[] };
};

/** Comments quoted in an e-mail are cut after this many characters (the link leads to the rest). */
const QUOTE_LENGTH = 400;

const ACTION: Record<ReadKey["subject"]["type"], Message> = {
  issue: msg("notifications.email.action.issue"),
  engagement: msg("notifications.email.action.engagement"),
  advice: msg("notifications.email.action.advice"),
  invitation: msg("notifications.email.action.invitation"),
};

/** Text people wrote, as an e-mail shows it: mentions as "@Name", cut to a readable length. */
function plain(text: string): string {
  const flat = splitMentions(text)
    .map((part) => ("mention" in part ? `@${part.mention.name}` : part.text))
    .join("")
    .trim();
  return flat.length > QUOTE_LENGTH ? `${flat.slice(0, QUOTE_LENGTH - 1)}…` : flat;
}

function messageOf(notification: { message: string }): Message | string {
  return readStoredMessage(notification.message) ?? notification.message;
}

/** The notifications still worth telling the person, and how the person stands in their programmes. */
async function stillNews(notifications: readonly NotificationToSend[], userId: string, now: Date) {
  const keyed = notifications.map((n) => ({ notification: n, key: readNotificationKey(n.dedupeKey) }));
  const programmeIds = notifications.map((n) => n.programmeId).filter((id): id is string => id !== null);
  const subjects = await loadSubjects(
    userId,
    keyed.flatMap((k) => (k.key ? [k.key] : [])),
    programmeIds,
  );
  return { kept: keyed.filter(({ notification, key }) => isStillNews(notification, key, subjects, now)), readers: subjects.readers };
}

/** One notification, e-mailed at once: what happened, in the subject with its programme, and a button to the item. */
export async function notificationEmail({ notificationId }: NotificationEmailTemplates["notification"]): Promise<Envelope | null> {
  const notification = await loadNotification(notificationId);
  const person = notification && (await recipient(notification.userId));
  if (!notification || !person) return null;
  const {
    kept: [kept],
  } = await stillNews([notification], notification.userId, new Date());
  if (!kept) return null;
  const say = await sayIn(person.locale);
  const said = messageOf(notification);
  const text = (typeof said === "string" ? said : say(said)).replace(/\.\s*$/, "");
  const key = kept.key;
  const programme = notification.programme?.title ?? "";
  const subject =
    notification.kind === "INVITATION"
      ? msg("notifications.email.invitationSubject", { actor: notification.actor?.name ?? "", programme })
      : msg("notifications.email.subject", { programme, text });
  const paragraphs: Message[] = [msg("notifications.email.greeting", { name: person.name }), ...(typeof said === "string" ? [] : [said])];
  // A comment's words travel with it: every member may read them on the issue's page.
  if (key?.subject.type === "issue" && (notification.kind === "ISSUE_COMMENT" || notification.kind === "MENTION")) {
    const comment = await loadCommentText(key.cause);
    if (comment) paragraphs.push(msg("notifications.email.quote", { text: plain(comment.body) }));
  }
  const content: EmailContent = {
    subject,
    paragraphs,
    action: { label: ACTION[key?.subject.type ?? "issue"], path: notification.href },
    footer: [msg("notifications.email.why")],
    unsubscribePath: unsubscribePath(notification.userId, notification.kind),
  };
  return { ...person, content };
}

/** The guide's next steps for this person in each programme of the digest (one tracker read per programme). */
async function loadNextSteps(
  programmeIds: readonly string[],
  readers: ReadonlyMap<string, ProgrammeActor>,
): Promise<Map<string, DigestStep[]>> {
  const steps = new Map<string, DigestStep[]>();
  for (const programmeId of programmeIds) {
    const actor = readers.get(programmeId);
    const tracker = actor && (await getTracker(programmeId));
    if (!actor || !tracker) continue;
    const engagements = tracker.rows.flatMap((row) =>
      row.cells.map((c) => ({ ...c, institutionName: row.name, isLead: row.isLead, archived: row.archived })),
    );
    steps.set(programmeId, nextStepsFor(engagements, actor, programmeId));
  }
  return steps;
}

/** The daily digest of the notifications the digest job picked, as far as they are still news. */
export async function digestEmail({ userId, notificationIds }: NotificationEmailTemplates["digest"]): Promise<Envelope | null> {
  const person = await recipient(userId);
  if (!person) return null;
  const [notifications, settings] = await Promise.all([loadNotificationsOf(userId, notificationIds), loadDigestSettings(userId)]);
  const now = new Date();
  const { kept, readers } = await stillNews(notifications, userId, now);
  if (kept.length === 0 || !settings) return null;
  const items: DigestItem[] = kept.flatMap(({ notification: n }) =>
    n.programmeId && n.programme
      ? [{ programmeId: n.programmeId, programmeTitle: n.programme.title, kind: n.kind, text: messageOf(n), href: n.href }]
      : [],
  );
  if (items.length === 0) return null;
  const programmeIds = [...new Set(items.map((i) => i.programmeId))];
  return {
    ...person,
    content: digestContent({
      name: person.name,
      hour: `${String(settings.digestHour).padStart(2, "0")}:00`,
      timeZone: settings.timeZone ?? "UTC",
      items,
      nextSteps: await loadNextSteps(programmeIds, readers),
      unsubscribePath: unsubscribePath(userId, "DIGEST"),
    }),
  };
}
