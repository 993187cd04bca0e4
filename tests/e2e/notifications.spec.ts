// The notification UI as people use it, in Chromium: the bell's count → the inbox → opening an item
// (it is read) → mark all read; settings by keyboard at 390 px; both without JavaScript; the
// unsubscribe link without signing in (and the mail client's one-click POST); the @mention
// autocomplete by keyboard in a board comment; the Watch toggle. Aino Virtanen's account is used by
// no other spec: her notifications and settings are set up here, directly in the database.
import { createHmac, randomUUID } from "node:crypto";
import pg from "pg";
import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, expectNoHorizontalOverflow, test } from "./fixtures";

const AINO = "aino.virtanen@abocoastal.test";
const MAIN = "Climate-Resilient Urban Water Management";

let database: pg.Pool;
test.beforeAll(() => {
  database = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2, allowExitOnIdle: true });
});
test.afterAll(() => database.end());

async function one<T extends pg.QueryResultRow>(sql: string, values: unknown[]): Promise<T> {
  const { rows } = await database.query<T>(sql, values);
  if (!rows[0]) throw new Error(`no row for ${sql}`);
  return rows[0];
}

/** Aino, the main programme, and an inbox and settings of her own to start from. */
async function freshStart() {
  const aino = await one<{ id: string }>(`SELECT id FROM "User" WHERE email = $1`, [AINO]);
  const programme = await one<{ id: string }>(`SELECT id FROM "Programme" WHERE title = $1`, [MAIN]);
  await database.query(`DELETE FROM "Notification" WHERE "userId" = $1`, [aino.id]);
  await database.query(`DELETE FROM "NotificationPreference" WHERE "userId" = $1`, [aino.id]);
  await database.query(`UPDATE "User" SET "digestHour" = 8 WHERE id = $1`, [aino.id]);
  return { ainoId: aino.id, programmeId: programme.id };
}

/** A new issue of the main programme, raised by Aino (so no other spec's issue gets comments). */
async function createIssue(programmeId: string, authorId: string, title: string): Promise<string> {
  const { number } = await one<{ number: number }>(
    `WITH n AS (UPDATE "Programme" SET "nextIssueNumber" = "nextIssueNumber" + 1 WHERE id = $1 RETURNING "nextIssueNumber" - 1 AS number)
     INSERT INTO "BoardIssue" (id, "programmeId", number, title, services, labels, position, "authorId", "updatedAt")
     SELECT $2, $1, n.number, $3, '{}', '{}', 1000 + n.number, $4, (now() AT TIME ZONE 'UTC') FROM n RETURNING number`,
    [programmeId, `e2e${randomUUID().replaceAll("-", "")}`, title, authorId],
  );
  return `/programmes/${programmeId}/board/${number}`;
}

/** A notification as the fan-out leaves it; it says the kind's own description. */
async function notify(userId: string, kind: string, href: string, minutesAgo: number, programmeId: string | null = null) {
  const message = `i18n:${JSON.stringify({ key: `inbox.kinds.${kind}.description` })}`;
  await database.query(
    `INSERT INTO "Notification" (id, "userId", "programmeId", kind, message, href, "dedupeKey", "createdAt")
     VALUES ($1, $2, $3, $4::"NotificationKind", $5, $6, $7, (now() AT TIME ZONE 'UTC') - make_interval(mins => $8))`,
    [`e2e${randomUUID().replaceAll("-", "")}`, userId, programmeId, kind, message, href, `e2e:${randomUUID()}`, minutesAgo],
  );
}

/** The link an e-mail carries (lib/notifications/unsubscribe.ts), signed with the server's secret. */
function unsubscribeLink(userId: string, topic: string): string {
  const mac = createHmac("sha256", process.env.AUTH_SECRET!).update(`unsubscribe:${userId}:${topic}`).digest("base64url");
  return `/unsubscribe/${userId}.${topic}.${mac}`;
}

const bell = (page: Page, name: string) => page.getByRole("banner").getByRole("link", { name });

test.describe("signed in as Aino", () => {
  test.use({ signedInAs: AINO });

  test("the bell's count leads to the inbox; opening an item reads it; one, then all, marked read", async ({ page }) => {
    const { ainoId, programmeId } = await freshStart();
    const issue = await createIssue(programmeId, ainoId, "Notifications: recognition of prior learning");
    await notify(ainoId, "ISSUE_ASSIGNED", issue, 30, programmeId);
    await notify(ainoId, "MENTION", issue, 20, programmeId);
    await notify(ainoId, "DUE_SOON", issue, 10, programmeId);

    await page.goto("/programmes");
    await expect(bell(page, "Notifications: 3 unread")).toContainText("3");
    await bell(page, "Notifications: 3 unread").click();
    await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
    const list = page.getByRole("list", { name: "Notifications, newest first" });
    await expect(list.getByRole("listitem")).toHaveCount(3);
    // Newest first; unread said in words, not only in colour.
    await expect(list.getByRole("listitem").first()).toContainText("Unread An engagement or issue of yours is due tomorrow.");

    await list.getByRole("button", { name: "Unread An engagement or issue of yours is due tomorrow." }).click();
    await expect(page).toHaveURL(issue);
    await expect(bell(page, "Notifications: 2 unread")).toBeVisible();

    await page.goto("/notifications");
    await expect(list.getByRole("button", { name: "An engagement or issue of yours is due tomorrow.", exact: true })).toBeVisible();
    const mention = list.getByRole("listitem").filter({ hasText: "mentions you" });
    await mention.getByRole("button", { name: "Mark as read" }).click();
    await expect(mention.getByRole("status")).toHaveText("Marked as read.");
    await expect(bell(page, "Notifications: 1 unread")).toBeVisible();
    // Focus stays on the notification instead of falling to the page.
    await expect(mention.getByRole("button", { name: /mentions you/ })).toBeFocused();

    await page.getByRole("link", { name: "Unread (1)" }).click();
    await expect(list.getByRole("listitem")).toHaveCount(1);
    await page.getByRole("button", { name: "Mark all as read" }).click();
    await expect(page.getByText("1 notification marked as read.")).toBeVisible();
    await expect(bell(page, "Notifications: nothing unread")).toBeVisible();
    await expect(page.getByText("Nothing unread", { exact: true })).toBeVisible();
    await page.getByRole("link", { name: "Show all notifications" }).click();
    await expect(list.getByRole("listitem")).toHaveCount(3);
    await expect(list.getByText("Unread", { exact: true })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test("settings by keyboard at 390 px: a kind's delivery and the digest hour, saved together", async ({ page }) => {
    await freshStart();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto("/account");
    await page.getByRole("link", { name: "Notification settings" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Notification settings" })).toBeVisible();
    const mentions = page.getByRole("group", { name: "Mentions" });
    // The default shows as chosen until Aino chooses otherwise.
    await expect(mentions.getByRole("radio", { name: "E-mail immediately" })).toBeChecked();
    await mentions.getByRole("radio", { name: "E-mail immediately" }).focus();
    await page.keyboard.press("ArrowRight");
    await expect(mentions.getByRole("radio", { name: "In the daily digest" })).toBeChecked();
    const hour = page.getByLabel("Send the digest at");
    await expect(hour).toHaveAccessibleDescription(/You have not chosen a time zone, so the hour is in UTC\./);
    await hour.focus();
    await hour.selectOption({ label: "17:00" });
    await page.getByRole("button", { name: "Save notification settings" }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByText("Saved. Notifications now reach you as you chose.")).toBeVisible();
    await page.reload();
    await expect(page.getByRole("group", { name: "Mentions" }).getByRole("radio", { name: "In the daily digest" })).toBeChecked();
    await expect(page.getByLabel("Send the digest at")).toHaveValue("17");
    await expectNoHorizontalOverflow(page);
    await expectNoAxeViolations(page);
  });

  test("@mention by keyboard in a board comment: arrows, Enter; shown as @Name; Escape closes", async ({ page }) => {
    const { ainoId, programmeId } = await freshStart();
    const issue = await createIssue(programmeId, ainoId, "Notifications: who signs the diploma supplement");
    await page.goto(issue);
    const comment = page.getByLabel("Add a comment");
    await comment.click();
    await page.keyboard.type("Could @ja");
    const list = page.getByRole("listbox", { name: "Members of the programme" });
    // A word of the name starting with what was typed: names that start with it first.
    await expect(list.getByRole("option")).toHaveText(["Javier Morales Gil", "Pieter Jansen"]);
    await page.keyboard.press("Escape");
    await expect(list).toBeHidden();
    await page.keyboard.type(" and @ka");
    await expect(list.getByRole("option", { name: "Katarzyna Nowak" })).toBeVisible();
    await expect(comment).toHaveAttribute("aria-activedescendant", /.+/);
    await expectNoAxeViolations(page, { scope: "main" });
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowUp");
    await expect(list.getByRole("option", { name: "Katarzyna Nowak" })).toHaveAttribute("aria-selected", "true");
    await page.keyboard.press("Enter");
    await expect(list).toBeHidden();
    await page.keyboard.type("check the statute?");
    await expect(comment).toHaveValue(/^Could @ja and @\[Katarzyna Nowak\]\([a-z0-9]+\) check the statute\?$/);
    await page.getByRole("button", { name: "Post comment" }).click();
    const posted = page
      .getByRole("region", { name: /Comments/ })
      .getByRole("listitem")
      .last();
    await expect(posted).toContainText("Could @ja and @Katarzyna Nowak check the statute?");
    await expect(posted.getByText("@Katarzyna Nowak")).toHaveClass(/font-semibold/);
    await expect(comment).toHaveValue("");
  });

  test("the Watch toggle on an issue and an engagement says and keeps its state", async ({ page }) => {
    const { ainoId, programmeId } = await freshStart();
    const issue = await createIssue(programmeId, ainoId, "Notifications: watching");
    await page.goto(issue);
    const watch = page.getByRole("button", { name: "Watch" });
    await expect(watch).toHaveAttribute("aria-pressed", "false");
    await watch.click();
    await expect(watch).toHaveAttribute("aria-pressed", "true");
    await expect(watch).toHaveAccessibleDescription(/You are watching this issue/);
    await page.reload();
    await expect(page.getByRole("button", { name: "Watch" })).toHaveAttribute("aria-pressed", "true");
    await page.getByRole("button", { name: "Watch" }).click();
    await expect(page.getByRole("button", { name: "Watch" })).toHaveAttribute("aria-pressed", "false");

    await page.goto(`/programmes/${programmeId}/services`);
    const engagement = await page.locator(`main a[href^="/programmes/${programmeId}/services/"]`).first().getAttribute("href");
    await page.goto(engagement!);
    await page.getByRole("button", { name: "Watch" }).click();
    await expect(page.getByRole("button", { name: "Watch" })).toHaveAttribute("aria-pressed", "true");
    await expect(page.getByText("You are watching this engagement: stage changes and new advice will reach you.")).toBeVisible();
  });
});

test.describe("without JavaScript", () => {
  test.use({ signedInAs: AINO, javaScriptEnabled: false });

  test("opening a notification and saving settings are plain form posts", async ({ page }) => {
    const { ainoId, programmeId } = await freshStart();
    const issue = await createIssue(programmeId, ainoId, "Notifications: without JavaScript");
    await notify(ainoId, "ISSUE_COMMENT", issue, 5, programmeId);
    await page.goto("/notifications");
    await page.getByRole("button", { name: /Someone comments on an issue/ }).click();
    await expect(page).toHaveURL(issue);
    await expect(bell(page, "Notifications: nothing unread")).toBeVisible();

    await page.goto("/account/notifications");
    await page.getByRole("group", { name: "Overdue" }).getByRole("radio", { name: "In the app only" }).check();
    await page.getByLabel("Send the digest at").selectOption("6");
    await page.getByRole("button", { name: "Save notification settings" }).click();
    await expect(page.getByText("Saved. Notifications now reach you as you chose.")).toBeVisible();
    await page.goto("/account/notifications");
    await expect(page.getByRole("group", { name: "Overdue" }).getByRole("radio", { name: "In the app only" })).toBeChecked();
    await expect(page.getByLabel("Send the digest at")).toHaveValue("6");
  });
});

test.describe("an e-mail's unsubscribe link, not signed in", () => {
  test("asks before changing anything, then stops that kind only; a tampered link changes nothing", async ({ page }) => {
    const { ainoId } = await freshStart();
    await page.setViewportSize({ width: 390, height: 844 });
    const link = unsubscribeLink(ainoId, "MENTION");
    await page.goto(link);
    await expect(page).toHaveURL(`${link}/confirm`);
    await expect(page.getByRole("heading", { level: 1, name: "Stop e-mails for “Mentions”?" })).toBeVisible();
    expect((await database.query(`SELECT 1 FROM "NotificationPreference" WHERE "userId" = $1`, [ainoId])).rowCount).toBe(0);
    await expectNoHorizontalOverflow(page);
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Unsubscribe" }).click();
    await expect(page.getByRole("status")).toHaveText(
      "Done: no more e-mails for “Mentions”. These notifications still appear in your Consort inbox.",
    );
    await expect(page.getByRole("link", { name: "Notification settings" })).toHaveAttribute("href", "/account/notifications");
    const stored = await database.query(`SELECT kind, delivery FROM "NotificationPreference" WHERE "userId" = $1`, [ainoId]);
    expect(stored.rows).toEqual([{ kind: "MENTION", delivery: "IN_APP" }]);

    await page.goto(`${link.slice(0, -4)}/confirm`);
    await expect(page.getByRole("heading", { level: 1, name: "This link does not work" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Unsubscribe" })).toHaveCount(0);

    // RFC 8058: the mail client posts "List-Unsubscribe=One-Click" to the link itself.
    const digest = await page.request.post(unsubscribeLink(ainoId, "DIGEST"), {
      form: { "List-Unsubscribe": "One-Click" },
      maxRedirects: 0,
    });
    expect(digest.status()).toBe(200);
    const after = await database.query(
      `SELECT count(*)::int AS n FROM "NotificationPreference" WHERE "userId" = $1 AND delivery = 'IN_APP'`,
      [ainoId],
    );
    expect(after.rows[0].n).toBeGreaterThan(1);
  });
});
