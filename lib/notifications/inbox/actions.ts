"use server";
import { revalidatePath } from "next/cache";
import { redirect, unstable_rethrow } from "next/navigation";
import { defineProgrammeAction, definePublicAction, defineSignedInAction } from "@/lib/actions/define";
import { fieldWithUnstorableCharacter, formDataToObject } from "@/lib/actions/input";
import type { ActionInput, ActionState } from "@/lib/actions/state";
import { notFound } from "@/lib/errors";
import { msg, type Message } from "@/lib/i18n/message";
import { getSay, requestFormattingLocale } from "@/lib/i18n/server";
import { formatList } from "@/lib/domain/lists";
import { findWatchableEngagement, findWatchableIssue } from "../data";
import {
  markAllNotificationsRead,
  markNotificationRead,
  openNotification,
  saveNotificationSettings,
  setWatch,
  unsubscribeByToken,
  type UnsubscribeOutcome,
} from "./mutations";
import {
  markAllReadSchema,
  notificationIdSchema,
  notificationSettingsSchema,
  unsubscribeSchema,
  watchEngagementSchema,
  watchIssueSchema,
} from "./schema";

const MISSING_NOTIFICATION = msg("inbox.errors.missing");

/** The bell's count is in every page's header: every cached render goes. */
function revalidateEverywhere() {
  revalidatePath("/", "layout");
}

/** Where a notification leads: a path inside Consort, never another site (the row is data; this is the last check). */
function insideConsort(href: string): string {
  return /^\/(?![/\\])/.test(href) ? href : "/notifications";
}

/** "Mark as read" on one notification of the signed-in person. */
export const markNotificationReadAction = defineSignedInAction({
  schema: notificationIdSchema,
  handler: async ({ user, input }) => {
    const outcome = await markNotificationRead(user.id, input.notificationId);
    if (outcome === "missing") throw notFound(MISSING_NOTIFICATION);
    revalidateEverywhere();
    return { status: "success", message: msg(outcome === "marked" ? "inbox.done.markedRead" : "inbox.done.alreadyRead") };
  },
});

/** "Mark all as read": what had arrived when the page was shown. */
export const markAllNotificationsReadAction = defineSignedInAction({
  schema: markAllReadSchema,
  handler: async ({ user, input }) => {
    const count = await markAllNotificationsRead(user.id, input.upTo);
    revalidateEverywhere();
    return { status: "success", message: msg("inbox.done.allRead", { count }) };
  },
});

/** Opening a notification: marked read, then on to what it is about (a form post, so it works without JavaScript). */
export const openNotificationAction = defineSignedInAction({
  schema: notificationIdSchema,
  handler: async ({ user, input }) => {
    const opened = await openNotification(user.id, input.notificationId);
    if (!opened) throw notFound(MISSING_NOTIFICATION);
    revalidateEverywhere();
    redirect(insideConsort(opened.href));
  },
});

/** Notification settings: each kind's delivery and the digest hour, in one form. */
export const saveNotificationSettingsAction = defineSignedInAction({
  schema: notificationSettingsSchema,
  handler: async ({ user, input }) => {
    const { changed } = await saveNotificationSettings(user.id, input);
    revalidatePath("/account/notifications");
    return { status: "success", message: msg(changed ? "inbox.settings.saved" : "inbox.settings.unchanged") };
  },
});

/** Watch an issue: its comments reach the person as they would its author's. Any member may. */
export const watchIssueAction = defineProgrammeAction({
  schema: watchIssueSchema,
  load: (input) => findWatchableIssue(input.issueId),
  missing: msg("inbox.watch.missingIssue"),
  permission: "programme.view",
  refusal: msg("inbox.watch.refused"),
  handler: async ({ user, row, input }) => {
    await setWatch(user.id, { issueId: row.id }, input.watching);
    revalidatePath(`/programmes/${row.programmeId}/board/${row.number}`);
    const number = String(row.number); // an id ("#1234"), never "#1,234"
    return { status: "success", message: msg(input.watching ? "inbox.watch.issueOn" : "inbox.watch.issueOff", { number }) };
  },
});

/** Watch an engagement: its stage changes and new advice reach the person. Any member may. */
export const watchEngagementAction = defineProgrammeAction({
  schema: watchEngagementSchema,
  load: (input) => findWatchableEngagement(input.engagementId),
  missing: msg("inbox.watch.missingEngagement"),
  permission: "programme.view",
  refusal: msg("inbox.watch.refused"),
  handler: async ({ user, row, input }) => {
    await setWatch(user.id, { engagementId: row.id }, input.watching);
    revalidatePath(`/programmes/${row.programmeId}/services/${row.id}`);
    return { status: "success", message: msg(input.watching ? "inbox.watch.engagementOn" : "inbox.watch.engagementOff") };
  },
});

/** What the unsubscribe page says happened, in the reader's language. */
async function sayUnsubscribed(outcome: UnsubscribeOutcome, say: (message: Message) => string): Promise<string> {
  if (outcome.topic !== "DIGEST") {
    const kind = say(msg(`inbox.kinds.${outcome.topic}.label`));
    return say(msg(outcome.stopped.length > 0 ? "inbox.unsubscribe.doneKind" : "inbox.unsubscribe.alreadyKind", { kind }));
  }
  if (outcome.stopped.length === 0) return say(msg("inbox.unsubscribe.alreadyDigest"));
  const kinds = formatList(
    outcome.stopped.map((kind) => say(msg(`inbox.kinds.${kind}.label`))),
    await requestFormattingLocale(),
  );
  return say(msg("inbox.unsubscribe.doneDigest", { kinds }));
}

/**
 * The unsubscribe page's button: no sign-in — the signed token in the e-mail's link says who and
 * what (lib/notifications/unsubscribe.ts). A token Consort did not make changes nothing.
 */
export const unsubscribeAction = definePublicAction(async function unsubscribeAction(
  _previous: ActionState | undefined,
  rawInput: ActionInput,
): Promise<ActionState> {
  const say = await getSay();
  try {
    const input = formDataToObject(rawInput);
    const parsed = fieldWithUnstorableCharacter(input) === null ? unsubscribeSchema.safeParse(input) : undefined;
    const outcome = parsed?.success ? await unsubscribeByToken(parsed.data.token) : null;
    if (!outcome) return { status: "error", kind: "invalid", message: say(msg("inbox.unsubscribe.invalid")) };
    return { status: "success", message: await sayUnsubscribed(outcome, say) };
  } catch (error) {
    unstable_rethrow(error);
    console.error("Unexpected error while unsubscribing", error);
    return { status: "error", message: say(msg("errors.generic")) };
  }
});
