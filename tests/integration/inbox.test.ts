// What a person does with their notifications, on the real database: the bell's count and the inbox
// (a thousand notifications cost the same statements as ten), reading only one's own, the settings
// (saved together, audited), unsubscribing from an e-mail's link without signing in (a valid link
// changes only its topic, a tampered one nothing), watching issues and engagements, and whom the
// @mention autocomplete offers.
import { isValidElement, type ReactElement, type ReactNode } from "react";
import { beforeEach, describe, expect, it, vi } from "vitest";
import {
  createBoardIssue,
  createNotification,
  createNotifications,
  createUser,
  createWorld,
  findEngagement,
  type World,
} from "@/tests/factories";
import { db, resetDatabase, tableFingerprint } from "@/tests/support/database";
import { callAction, renderPage } from "@/tests/support/action-harness";
import { countQueries } from "@/tests/support/count-queries";
import { actAs } from "@/tests/support/session-mock";
import {
  markAllNotificationsReadAction,
  markNotificationReadAction,
  openNotificationAction,
  saveNotificationSettingsAction,
  unsubscribeAction,
  watchEngagementAction,
  watchIssueAction,
} from "@/lib/notifications/inbox/actions";
import {
  countUnreadNotifications,
  getEngagementWatch,
  getIssueWatch,
  getNotificationSettings,
  INBOX_PAGE_SIZE,
  listInbox,
  listMentionablePeople,
} from "@/lib/notifications/data";
import { DEFAULT_DELIVERY, NOTIFICATION_KINDS } from "@/lib/notifications/kinds";
import { unsubscribeToken } from "@/lib/notifications/unsubscribe";
import { NotificationItem, type ShownNotification } from "@/components/notifications/notification-item";
import { NotificationBell } from "@/components/notifications/notification-bell";
import NotificationsPage from "@/app/(app)/notifications/page";
import { GET as followUnsubscribeLink, POST as oneClickUnsubscribe } from "@/app/unsubscribe/[token]/route";

vi.mock("@/lib/auth/session", () => import("@/tests/support/session-mock"));
vi.mock("@/lib/auth/auth", () => import("@/tests/support/auth-mock"));
vi.mock("next-auth", () => import("@/tests/support/next-auth-mock"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

let world: World;
beforeEach(async () => {
  await resetDatabase();
  world = await createWorld();
});

const readAt = async (id: string) => (await db.notification.findUniqueOrThrow({ where: { id } })).readAt;

/** The notifications a rendered inbox page lists (the NotificationItem elements of its tree). */
function listedItems(node: ReactNode): ShownNotification[] {
  if (Array.isArray(node)) return node.flatMap(listedItems);
  if (!isValidElement(node)) return [];
  const element = node as ReactElement<{ children?: ReactNode; item?: ShownNotification }>;
  if (element.type === NotificationItem) return [element.props.item!];
  return listedItems(element.props.children);
}

async function renderInbox(as: { id: string }, searchParams: Record<string, string> = {}) {
  actAs(as);
  return NotificationsPage({ searchParams: Promise.resolve(searchParams) });
}

describe("the bell and the inbox", () => {
  it("count and list a thousand notifications with as many statements as ten", async () => {
    await createNotifications(10, { userId: world.staffA.id, programmeId: world.programme.id });
    const bellWithTen = await countQueries(() => countUnreadNotifications(world.staffA.id));
    const pageWithTen = await countQueries(() => renderInbox(world.staffA));

    await createNotifications(990, { userId: world.staffA.id, programmeId: world.programme.id }, new Date(Date.now() - 86_400_000));
    expect(await countUnreadNotifications(world.staffA.id)).toBe(1000);
    const bellWithThousand = await countQueries(() => countUnreadNotifications(world.staffA.id));
    const pageWithThousand = await countQueries(() => renderInbox(world.staffA));
    const notificationStatements = await countQueries(() => renderInbox(world.staffA), /"Notification"/);
    const olderPage = (await listInbox(world.staffA.id, { filter: "all" })).older!;
    const deepPage = await countQueries(() => renderInbox(world.staffA, { before: `${olderPage.createdAt.getTime()}.${olderPage.id}` }));

    expect(bellWithThousand).toBe(1);
    expect(bellWithTen).toBe(1);
    expect(pageWithThousand).toBe(pageWithTen);
    expect(deepPage).toBe(pageWithTen);
    // Of the notifications, the page reads the unread count and one page, whatever their number (the rest
    // is the session, read here by each helper: outside a request React's cache does not memoise it).
    expect(notificationStatements).toBe(2);
    const bell = await NotificationBell({ userId: world.staffA.id });
    expect(JSON.stringify(bell.props)).toContain("9+");
  });

  it("pages through everything newest first, each notification once, and back again", async () => {
    await createNotifications(60, { userId: world.staffA.id });
    const all = await db.notification.findMany({ where: { userId: world.staffA.id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
    const seen: string[] = [];
    let page = await listInbox(world.staffA.id, { filter: "all" });
    expect(page.newer).toBeUndefined();
    for (;;) {
      expect(page.items.length).toBeLessThanOrEqual(INBOX_PAGE_SIZE);
      seen.push(...page.items.map((item) => item.id));
      if (!page.older) break;
      page = await listInbox(world.staffA.id, { filter: "all", before: page.older });
    }
    expect(seen).toEqual(all.map((n) => n.id));
    // From the last page back: "newer" pages, the newest read as the first page.
    const back = await listInbox(world.staffA.id, { filter: "all", after: page.newer! });
    expect(back.items.map((item) => item.id)).toEqual(seen.slice(INBOX_PAGE_SIZE, 2 * INBOX_PAGE_SIZE));
    const first = await listInbox(world.staffA.id, { filter: "all", after: back.newer! });
    expect(first.items.map((item) => item.id)).toEqual(seen.slice(0, INBOX_PAGE_SIZE));
    expect(first.newer).toBeUndefined();
  });

  it("lists only the reader's own notifications, in their language, unread marked; Unread filters", async () => {
    const own = await createNotification({ userId: world.staffA.id, programmeId: world.programme.id, kind: "MENTION" });
    await createNotification({ userId: world.staffA.id, kind: "DUE_SOON", read: true, createdAt: new Date(Date.now() - 60_000) });
    await createNotification({ userId: world.staffB.id, programmeId: world.programme.id, kind: "OVERDUE" });
    await db.user.update({ where: { id: world.staffA.id }, data: { locale: "de" } });

    const { title } = await db.programme.findUniqueOrThrow({ where: { id: world.programme.id } });
    const items = listedItems(await renderInbox(world.staffA));
    expect(items.map((item) => [item.text, item.kind, item.programme, item.unread])).toEqual([
      ["Jemand erwähnt Sie mit @ in einem Kommentar oder in den Details einer Empfehlung.", "Erwähnungen", title, true],
      ["Eine Einbindung oder ein offener Punkt von Ihnen ist morgen fällig.", "Morgen fällig", null, false],
    ]);
    // Another person's id in the address changes nothing: the inbox is always the reader's.
    expect(listedItems(await renderInbox(world.staffA, { userId: world.staffB.id })).map((item) => item.id)).toEqual(
      items.map((item) => item.id),
    );
    expect(listedItems(await renderInbox(world.staffA, { show: "unread" })).map((item) => item.id)).toEqual([own.id]);
    expect(listedItems(await renderInbox(world.staffB)).map((item) => item.kind)).toEqual(["Overdue"]);
  });

  it("sends anonymous visitors to sign in", async () => {
    expect(await renderPage(NotificationsPage, {}, null)).toEqual({ type: "redirect", location: "/login" });
  });
});

describe("notifications from a programme the person left", () => {
  it("are neither counted by the bell nor listed (their items are not the person's to open any more)", async () => {
    const person = world.staffA;
    await createNotification({ userId: person.id, programmeId: world.programme.id });
    await createNotification({ userId: person.id, programmeId: null });
    expect(await countUnreadNotifications(person.id)).toBe(2);
    await db.taskForceRepresentation.deleteMany({ where: { membership: { userId: person.id, programmeId: world.programme.id } } });
    await db.membership.deleteMany({ where: { userId: person.id, programmeId: world.programme.id } });
    expect(await countUnreadNotifications(person.id)).toBe(1);
    const page = await listInbox(person.id, { filter: "all" });
    expect(page.items.map((item) => item.programme)).toEqual([null]);
    // An invitation is about a programme not joined (yet): it stays.
    await createNotification({ userId: person.id, programmeId: world.programme.id, kind: "INVITATION" });
    expect(await countUnreadNotifications(person.id)).toBe(2);
  });
});

describe("reading notifications", () => {
  it("marks one of your own read, and says so when it already was", async () => {
    const mine = await createNotification({ userId: world.staffA.id });
    actAs(world.staffA);
    expect(await markNotificationReadAction(undefined, { notificationId: mine.id })).toEqual({
      status: "success",
      message: "Marked as read.",
    });
    expect(await readAt(mine.id)).not.toBeNull();
    expect(await markNotificationReadAction(undefined, { notificationId: mine.id })).toMatchObject({
      status: "success",
      message: "This notification was already read.",
    });
    expect(await countUnreadNotifications(world.staffA.id)).toBe(0);
  });

  it("nobody can mark, open or learn of another person's notification", async () => {
    const theirs = await createNotification({ userId: world.staffB.id, href: "/programmes/secret" });
    const before = await tableFingerprint();
    for (const person of [world.staffA, world.leader, world.admin]) {
      for (const action of [markNotificationReadAction, openNotificationAction]) {
        const outcome = await callAction(action, { notificationId: theirs.id }, person);
        expect(outcome).toEqual({
          type: "state",
          state: { status: "error", kind: "not_found", message: "This notification is not in your inbox." },
        });
      }
      expect(await callAction(markAllNotificationsReadAction, {}, person)).toMatchObject({ type: "state", state: { status: "success" } });
    }
    expect(await readAt(theirs.id)).toBeNull();
    expect(await callAction(markNotificationReadAction, { notificationId: theirs.id }, null)).toMatchObject({
      state: { kind: "unauthenticated" },
    });
    expect(await tableFingerprint()).toBe(before);
  });

  it("opening one marks it read and goes to its item, never to another site", async () => {
    const mine = await createNotification({ userId: world.staffA.id, href: `/programmes/${world.programme.id}/board/3` });
    expect(await callAction(openNotificationAction, { notificationId: mine.id }, world.staffA)).toEqual({
      type: "redirect",
      location: `/programmes/${world.programme.id}/board/3`,
    });
    expect(await readAt(mine.id)).not.toBeNull();
    for (const href of ["//evil.example/x", "https://evil.example", "/\\evil.example"]) {
      const odd = await createNotification({ userId: world.staffA.id, href });
      expect(await callAction(openNotificationAction, { notificationId: odd.id }, world.staffA)).toEqual({
        type: "redirect",
        location: "/notifications",
      });
    }
  });

  it("'Mark all as read' marks what had arrived when the page was shown, and nothing of anyone else", async () => {
    const shownAt = new Date();
    const seen = await createNotification({ userId: world.staffA.id, createdAt: new Date(shownAt.getTime() - 5_000) });
    const arrivedLater = await createNotification({ userId: world.staffA.id, createdAt: new Date(shownAt.getTime() + 5_000) });
    const theirs = await createNotification({ userId: world.staffB.id, createdAt: new Date(shownAt.getTime() - 5_000) });
    actAs(world.staffA);
    expect(await markAllNotificationsReadAction(undefined, { upTo: shownAt.toISOString() })).toEqual({
      status: "success",
      message: "1 notification marked as read.",
    });
    expect(await readAt(seen.id)).not.toBeNull();
    expect(await readAt(arrivedLater.id)).toBeNull();
    expect(await readAt(theirs.id)).toBeNull();
    expect(await markAllNotificationsReadAction(undefined, { upTo: shownAt.toISOString() })).toMatchObject({
      message: "Nothing to mark: every notification was already read.",
    });
  });
});

describe("notification settings", () => {
  const form = (changes: Record<string, string> = {}) => {
    const data = new FormData();
    for (const kind of NOTIFICATION_KINDS) data.set(kind, changes[kind] ?? DEFAULT_DELIVERY[kind]);
    data.set("digestHour", changes.digestHour ?? "8");
    return data;
  };

  it("show each kind's default until the person chooses, then save the choices and the hour together, audited", async () => {
    const defaults = await getNotificationSettings(world.staffA.id);
    expect(defaults.digestHour).toBe(8);
    expect(Object.fromEntries(defaults.deliveries.map((d) => [d.kind, d.delivery]))).toEqual(DEFAULT_DELIVERY);

    actAs(world.staffA);
    const saved = await saveNotificationSettingsAction(undefined, form({ MENTION: "DIGEST", OVERDUE: "EMAIL_NOW", digestHour: "17" }));
    expect(saved).toEqual({ status: "success", message: "Saved. Notifications now reach you as you chose." });
    const settings = await getNotificationSettings(world.staffA.id);
    expect(settings.digestHour).toBe(17);
    expect(settings.deliveries.find((d) => d.kind === "MENTION")?.delivery).toBe("DIGEST");
    expect(settings.deliveries.find((d) => d.kind === "OVERDUE")?.delivery).toBe("EMAIL_NOW");
    expect(await db.notificationPreference.count({ where: { userId: world.staffA.id } })).toBe(2);
    expect(await db.notificationPreference.count({ where: { userId: world.staffB.id } })).toBe(0);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "setNotificationPreferences" } });
    expect(audit).toMatchObject({ actorId: world.staffA.id, entityType: "User", entityId: world.staffA.id, programmeId: null });
    expect(audit.before).toEqual({ MENTION: "EMAIL_NOW", OVERDUE: "DIGEST", digestHour: 8 });
    expect(audit.after).toEqual({ MENTION: "DIGEST", OVERDUE: "EMAIL_NOW", digestHour: 17 });

    const before = await tableFingerprint();
    expect(await saveNotificationSettingsAction(undefined, form({ MENTION: "DIGEST", OVERDUE: "EMAIL_NOW", digestHour: "17" }))).toEqual({
      status: "success",
      message: "Nothing to change: these are already your settings.",
    });
    expect(await tableFingerprint()).toBe(before);
  });

  it("refuse a delivery or an hour that does not exist, beside its field, changing nothing", async () => {
    actAs(world.staffA);
    const before = await tableFingerprint();
    const state = await saveNotificationSettingsAction(undefined, form({ MENTION: "SMS", digestHour: "24" }));
    expect(state).toMatchObject({
      status: "error",
      kind: "invalid",
      fieldErrors: { MENTION: ["Choose how this kind of notification reaches you."], digestHour: ["Choose an hour from the list."] },
      values: { MENTION: "SMS", digestHour: "24" },
    });
    expect(await tableFingerprint()).toBe(before);
  });
});

describe("unsubscribing from an e-mail's link, without signing in", () => {
  const deliveries = async (userId: string) =>
    Object.fromEntries((await getNotificationSettings(userId)).deliveries.map((d) => [d.kind, d.delivery]));

  it("a kind's link makes that kind in-app only, and nothing else", async () => {
    actAs(null);
    const state = await unsubscribeAction(undefined, { token: unsubscribeToken(world.staffA.id, "MENTION") });
    expect(state).toEqual({
      status: "success",
      message: "Done: no more e-mails for “Mentions”. These notifications still appear in your Consort inbox.",
    });
    expect(await deliveries(world.staffA.id)).toEqual({ ...DEFAULT_DELIVERY, MENTION: "IN_APP" });
    expect(await deliveries(world.staffB.id)).toEqual(DEFAULT_DELIVERY);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "unsubscribe" } });
    expect(audit).toMatchObject({ actorId: world.staffA.id, entityId: world.staffA.id });
    expect(audit.before).toEqual({ MENTION: "EMAIL_NOW" });
    expect(audit.after).toEqual({ MENTION: "IN_APP", topic: "MENTION" });

    const before = await tableFingerprint();
    expect(await unsubscribeAction(undefined, { token: unsubscribeToken(world.staffA.id, "MENTION") })).toMatchObject({
      status: "success",
      message: expect.stringMatching(/^Nothing to change/),
    });
    expect(await tableFingerprint()).toBe(before);
  });

  it("the digest's link makes every kind the digest carried in-app only; e-mails sent at once stay", async () => {
    actAs(world.staffA);
    const chosen = new FormData();
    for (const kind of NOTIFICATION_KINDS) chosen.set(kind, kind === "MENTION" ? "DIGEST" : DEFAULT_DELIVERY[kind]);
    chosen.set("digestHour", "8");
    await saveNotificationSettingsAction(undefined, chosen);
    actAs(null);
    const state = await unsubscribeAction(undefined, { token: unsubscribeToken(world.staffA.id, "DIGEST") });
    expect(state.status).toBe("success");
    expect(state.status === "success" && state.message).toMatch(/^Done: you will no longer get the daily digest\. .*Mentions/);
    const after = await deliveries(world.staffA.id);
    for (const kind of NOTIFICATION_KINDS)
      expect(after[kind], kind).toBe(kind === "MENTION" || DEFAULT_DELIVERY[kind] === "DIGEST" ? "IN_APP" : DEFAULT_DELIVERY[kind]);
  });

  it("a tampered or truncated link changes nothing and says so", async () => {
    const token = unsubscribeToken(world.staffA.id, "MENTION");
    const before = await tableFingerprint();
    for (const bad of [
      `${world.staffB.id}${token.slice(token.indexOf("."))}`,
      token.replace(".MENTION.", ".OVERDUE."),
      token.slice(0, -3),
      "",
      42,
    ]) {
      expect(await callAction(unsubscribeAction, { token: bad }, null)).toEqual({
        type: "state",
        state: {
          status: "error",
          kind: "invalid",
          message: "This unsubscribe link is not valid, so nothing was changed. Sign in and choose in your notification settings.",
        },
      });
    }
    expect(await tableFingerprint()).toBe(before);
  });

  it("the link's address: a GET only leads to the confirmation; the mail client's one-click POST unsubscribes", async () => {
    const token = unsubscribeToken(world.staffA.id, "ISSUE_ASSIGNED");
    const context = { params: Promise.resolve({ token }) };
    actAs(null);
    const before = await tableFingerprint();
    const followed = await followUnsubscribeLink(new Request(`http://localhost/unsubscribe/${token}`), context);
    expect(followed.status).toBe(303);
    expect(followed.headers.get("location")).toBe(`/unsubscribe/${token}/confirm`);
    const post = (body: BodyInit | null, headers: Record<string, string> = {}) =>
      new Request(`http://localhost/unsubscribe/${token}`, { method: "POST", body, headers });
    expect((await oneClickUnsubscribe(post(null), context)).status).toBe(400);
    expect(
      (await oneClickUnsubscribe(post("something=else", { "content-type": "application/x-www-form-urlencoded" }), context)).status,
    ).toBe(400);
    const tampered = { params: Promise.resolve({ token: token.slice(0, -2) }) };
    const oneClick = () => post("List-Unsubscribe=One-Click", { "content-type": "application/x-www-form-urlencoded" });
    expect((await oneClickUnsubscribe(oneClick(), tampered)).status).toBe(404);
    expect(await tableFingerprint()).toBe(before);

    const response = await oneClickUnsubscribe(oneClick(), context);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("Unsubscribed.");
    expect(await deliveries(world.staffA.id)).toEqual({ ...DEFAULT_DELIVERY, ISSUE_ASSIGNED: "IN_APP" });
  });
});

describe("watching issues and engagements", () => {
  it("a member watches and unwatches an issue; repeating changes nothing; the count follows", async () => {
    const issue = await createBoardIssue({
      programmeId: world.programme.id,
      authorId: world.staffA.id,
      createdDaysAgo: 1,
      title: "Grades",
    });
    expect(await callAction(watchIssueAction, { issueId: issue.id, watching: "true" }, world.staffB)).toEqual({
      type: "state",
      state: { status: "success", message: `You are watching #${issue.number}: new comments will reach you.` },
    });
    await callAction(watchIssueAction, { issueId: issue.id, watching: "true" }, world.staffB);
    await callAction(watchIssueAction, { issueId: issue.id, watching: "true" }, world.legalB);
    expect(await getIssueWatch(world.staffB.id, world.programme.id, issue.number)).toEqual({ watching: true, watchers: 2 });
    expect(await getIssueWatch(world.staffA.id, world.programme.id, issue.number)).toEqual({ watching: false, watchers: 2 });
    expect(await db.auditLog.count({ where: { action: "watchIssue", entityId: issue.id } })).toBe(2);

    expect(await callAction(watchIssueAction, { issueId: issue.id, watching: "false" }, world.staffB)).toMatchObject({
      state: { status: "success", message: `You no longer watch #${issue.number}.` },
    });
    expect(await getIssueWatch(world.staffB.id, world.programme.id, issue.number)).toEqual({ watching: false, watchers: 1 });
    expect(await db.auditLog.count({ where: { action: "unwatchIssue", actorId: world.staffB.id } })).toBe(1);
  });

  it("an engagement likewise; outsiders and anonymous callers cannot, and learn nothing", async () => {
    const engagement = await findEngagement(world.programme.id, world.partnerB.id, "LEGAL");
    expect(await callAction(watchEngagementAction, { engagementId: engagement.id, watching: "true" }, world.staffA)).toMatchObject({
      state: { status: "success" },
    });
    expect(await getEngagementWatch(world.staffA.id, world.programme.id, engagement.id)).toEqual({ watching: true, watchers: 1 });
    const before = await tableFingerprint();
    expect(await callAction(watchEngagementAction, { engagementId: engagement.id, watching: "true" }, world.outsider)).toMatchObject({
      state: { status: "error", kind: "not_found" },
    });
    expect(await callAction(watchEngagementAction, { engagementId: engagement.id, watching: "true" }, world.admin)).toMatchObject({
      state: { status: "error", kind: "not_found" },
    });
    expect(await callAction(watchEngagementAction, { engagementId: engagement.id, watching: "true" }, null)).toMatchObject({
      state: { status: "error", kind: "unauthenticated" },
    });
    expect(await tableFingerprint()).toBe(before);
  });
});

describe("whom a comment can @mention", () => {
  it("the programme's active members, each once, and nobody from elsewhere", async () => {
    const gone = await createUser({ name: "Gone Member", institutionId: world.partnerA.id, deactivated: true });
    await db.membership.create({
      data: { programmeId: world.programme.id, userId: gone.id, role: "PARTNER_STAFF", institutionId: world.partnerA.id },
    });
    const people = await listMentionablePeople(world.programme.id);
    const ids = people.map((p) => p.userId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining([world.leader.id, world.staffA.id, world.staffB.id, world.legalB.id]));
    expect(ids).not.toContain(gone.id);
    expect(ids).not.toContain(world.outsider.id);
    expect(ids).not.toContain(world.admin.id);
  });
});
