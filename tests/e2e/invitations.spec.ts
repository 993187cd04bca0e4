// Invitations as people live them, in Chromium against the real app: the team leader adds someone on
// Settings, the e-mail arrives (the outbox: the e2e server has no SMTP server), its link opens a
// welcome page, a password joins and signs in; an existing colleague accepts or declines on
// /invitations; a platform admin follows the link from Admin → Outbox. With JavaScript on and off,
// by keyboard, and at 390 px. On fresh programmes of Pieter's, so the demo data other specs read stays.
import type { Page } from "@playwright/test";
import { addSessionCookie, expect, expectNoAxeViolations, expectNoHorizontalOverflow, signInAs, test } from "./fixtures";
import { linkIn, mailboxMark, newestEmailTo, openInNewBrowser } from "./account-mail";

const PIETER = "pieter.jansen@rijnmond.test";
const SANNE = "sanne.bakker@rijnmond.test";

/** A fresh programme led by Pieter (Rijnmond University); returns its id, with his Settings page open. */
async function freshProgramme(page: Page, title: string): Promise<string> {
  await signInAs(page, PIETER);
  await page.goto("/programmes/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Workload (ECTS)").fill("5");
  await page.getByRole("button", { name: "Create programme" }).click();
  await page.waitForURL(/\/settings\?created=1/);
  return /\/programmes\/([^/?#]+)/.exec(page.url())![1]!;
}

/** Settings → "Add a member": someone at Rijnmond (Pieter's own institution) as `role`. */
async function invite(page: Page, email: string, name: string, role = "Partner staff") {
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel(/^Name( \*)?$/).fill(name);
  await page.getByLabel("Role").selectOption({ label: role });
  await page.getByLabel("Acts for institution").selectOption({ index: 1 });
  if (role === "Task-force member") await page.getByRole("checkbox", { name: "IT", exact: true }).check();
  await page.getByRole("button", { name: "Add member" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Invitation sent to ${email}.` })).toBeVisible();
}

async function choosePassword(page: Page, password: string, again = password) {
  await page.getByLabel(/^New password( \*)?$/).fill(password);
  await page.getByLabel(/^New password again( \*)?$/).fill(again);
}

test("a new colleague is invited, follows the e-mail's link, chooses a password, is signed in and sees the programme", async ({
  page,
  browser,
}) => {
  test.slow(); // sign-in, programme, invitation, e-mail, a second browser
  const stamp = Date.now();
  const title = `Invitation Programme ${stamp}`;
  const email = `nora.${stamp}@rijnmond.test`;
  const name = `Nora Neuwirth ${stamp}`;
  const programmeId = await freshProgramme(page, title);
  const since = await mailboxMark();
  await invite(page, email, name);

  // People lists the invitation until it is answered.
  await page.goto(`/programmes/${programmeId}/people`);
  const pending = page.getByRole("region", { name: "Pending invitations" });
  await expect(pending.getByRole("heading", { level: 3, name })).toBeVisible();
  await expect(pending.getByText(/^Waiting for an answer, valid until /)).toBeVisible();
  await expect(pending.getByText(/^by Pieter Jansen on /)).toBeVisible();

  const mail = await newestEmailTo(email, since);
  expect(mail.subject).toBe(`Pieter Jansen invited you to ${title}`);
  expect(mail.text).toContain(
    `Pieter Jansen (Rijnmond University) invited you to the joint programme “${title}” on Consort, as partner staff for Rijnmond University.`,
  );
  expect(mail.text).toContain("The link works once and is valid for 7 days.");
  const link = linkIn(mail, "/welcome/");

  const invitee = await openInNewBrowser(browser, link);
  await expect(invitee.getByRole("heading", { level: 1, name: `Welcome to ${title}` })).toBeVisible();
  await expect(invitee.getByText("Pieter Jansen invited you to join as partner staff for Rijnmond University.")).toBeVisible();
  await expect(invitee.getByText(`Your account: ${email}`)).toBeVisible();
  await expectNoAxeViolations(invitee);
  // Keyboard only: type, Tab to the repeat, Enter submits.
  await invitee.getByLabel(/^New password( \*)?$/).fill("nora's first passphrase");
  await invitee.keyboard.press("Tab");
  await invitee.keyboard.type("nora's first passphrase");
  await invitee.keyboard.press("Enter");
  await invitee.waitForURL(new RegExp(`/programmes/${programmeId}/services$`));
  await expect(invitee.getByText(title, { exact: true })).toBeVisible();
  await expect(invitee.getByRole("banner").getByText(name)).toBeVisible(); // the user menu: signed in as Nora

  // The leader now sees a member, and no invitation waiting.
  await page.reload();
  await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Pending invitations" }).getByText(/^No invitations are waiting for an answer\./),
  ).toBeVisible();

  // The link is used up: a plain page says so (HTTP 200), nothing changes.
  const again = await invitee.goto(link);
  expect(again?.status()).toBe(200);
  await expect(invitee.getByRole("heading", { level: 1, name: "This link has already been used" })).toBeVisible();
  await invitee.context().close();
});

test("an existing colleague accepts one invitation and declines another (after confirming) on Your invitations", async ({
  page,
  browser,
}) => {
  test.slow();
  const stamp = Date.now();
  const title = `Accept Or Decline ${stamp}`;
  const programmeId = await freshProgramme(page, title);
  await invite(page, SANNE, "Whatever Typed");
  await invite(page, SANNE, "Whatever Typed", "Task-force member");

  const context = await browser.newContext();
  await addSessionCookie(context, SANNE);
  const sanne = await context.newPage();
  await sanne.goto("/invitations");
  await expect(sanne.getByRole("heading", { level: 1, name: "Your invitations" })).toBeVisible();
  const cards = sanne.getByRole("article", { name: title });
  await expect(cards).toHaveCount(2);
  await expectNoAxeViolations(sanne);

  // Decline the task-force one (the newest, listed first): the dialog asks first.
  const taskForce = cards.filter({ hasText: "as task-force member" });
  await taskForce.getByRole("button", { name: "Decline…" }).click();
  const dialog = sanne.getByRole("dialog", { name: `Decline the invitation to ${title}?` });
  await expect(dialog.getByText("Pieter Jansen will see that you declined.")).toBeVisible();
  await dialog.getByRole("button", { name: "Decline invitation" }).click();
  await sanne.waitForURL(/\/invitations\/[^/]+$/);
  await expect(sanne.getByRole("status").filter({ hasText: /^You declined this invitation on / })).toBeVisible();

  // Accept the other: off to the programme.
  await sanne.goto("/invitations");
  await expect(cards).toHaveCount(1);
  await cards.getByRole("button", { name: `Accept the invitation to ${title} and join` }).click();
  await sanne.waitForURL(new RegExp(`/programmes/${programmeId}/services$`));

  // Pieter sees Sanne as a member and the declined invitation as declined.
  await page.goto(`/programmes/${programmeId}/people`);
  await expect(page.getByRole("heading", { level: 2, name: "Sanne Bakker" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Pending invitations" }).getByText(/^Declined on /)).toBeVisible();
  await context.close();
});

test("the team leader sends an invitation again and withdraws another: the old link stops working", async ({ page, browser }) => {
  test.slow();
  const stamp = Date.now();
  const programmeId = await freshProgramme(page, `Follow Up ${stamp}`);
  const again = `again.${stamp}@rijnmond.test`;
  const gone = `gone.${stamp}@rijnmond.test`;
  const first = await mailboxMark();
  await invite(page, again, `Agnieszka Nowak ${stamp}`);
  await invite(page, gone, `Gerrit Goossens ${stamp}`);
  const firstLink = linkIn(await newestEmailTo(again, first), "/welcome/");

  await page.goto(`/programmes/${programmeId}/people`);
  const second = await mailboxMark();
  await page.getByRole("button", { name: `Send again to Agnieszka Nowak ${stamp}` }).click();
  await expect(page.getByRole("status").filter({ hasText: `Invitation sent again to ${again}.` })).toBeVisible();
  const secondLink = linkIn(await newestEmailTo(again, second), "/welcome/");
  expect(secondLink).not.toBe(firstLink);

  await page.getByRole("button", { name: `Withdraw the invitation of Gerrit Goossens ${stamp}…` }).click();
  await page
    .getByRole("dialog", { name: `Withdraw the invitation of Gerrit Goossens ${stamp}?` })
    .getByRole("button", { name: "Withdraw invitation" })
    .click();
  await expect(
    page.getByRole("status").filter({ hasText: `The invitation of Gerrit Goossens ${stamp} (${gone}) has been withdrawn.` }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: `Gerrit Goossens ${stamp}` })).toHaveCount(0);

  const stranger = await openInNewBrowser(browser, firstLink);
  await expect(stranger.getByRole("heading", { level: 1, name: "This link no longer works" })).toBeVisible();
  await expect(stranger.getByText("Use the link in the most recent email, or ask Pieter Jansen to send a new one.")).toBeVisible();
  await stranger.goto(secondLink);
  await expect(stranger.getByRole("heading", { level: 1, name: `Welcome to Follow Up ${stamp}` })).toBeVisible();
  await stranger.context().close();
});

test("a platform admin follows the link from Admin → Outbox: signed out first, then welcomed", async ({ page }) => {
  test.slow();
  const stamp = Date.now();
  const title = `Outbox Programme ${stamp}`;
  const email = `olga.${stamp}@rijnmond.test`;
  await freshProgramme(page, title);
  const since = await mailboxMark();
  await invite(page, email, `Olga Oksanen ${stamp}`);
  await newestEmailTo(email, since);

  await signInAs(page, "admin@consort.test");
  await page.goto("/admin/outbox");
  await page
    .getByRole("row", { name: new RegExp(email) })
    .getByRole("link", { name: `Pieter Jansen invited you to ${title}` })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: `Pieter Jansen invited you to ${title}` })).toBeVisible();
  await page
    .getByRole("region", { name: "Plain text" })
    .getByRole("link", { name: /\/welcome\// })
    .click();
  // The admin is signed in: the link is not theirs, and the page offers to sign out and go on.
  await expect(page.getByRole("heading", { level: 1, name: "This invitation is for someone else" })).toBeVisible();
  await page.getByRole("button", { name: "Sign out and open the invitation" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Welcome to ${title}` })).toBeVisible();
  await choosePassword(page, "olga's first passphrase");
  await page.getByRole("button", { name: "Set password and join" }).click();
  await page.waitForURL(/\/programmes\/[^/]+\/services$/);
  await expect(page.getByText(title, { exact: true })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the welcome form posts: a mismatched repeat is explained beside the field, then the password joins and signs in", async ({
    page,
    browser,
  }) => {
    test.slow();
    const stamp = Date.now();
    const title = `Plain Welcome ${stamp}`;
    const email = `paul.${stamp}@rijnmond.test`;
    const withScript = await browser.newContext({ javaScriptEnabled: true });
    const leader = await withScript.newPage();
    await freshProgramme(leader, title);
    const since = await mailboxMark();
    await invite(leader, email, `Paulo Pereira ${stamp}`);
    const link = linkIn(await newestEmailTo(email, since), "/welcome/");
    await withScript.close();

    await page.goto(link);
    await choosePassword(page, "paul's first passphrase", "paul's first passphrasE");
    await page.getByRole("button", { name: "Set password and join" }).click();
    await expect(page.getByLabel(/^New password again( \*)?$/)).toHaveAccessibleDescription("Type the same new password twice.");
    await choosePassword(page, "paul's first passphrase");
    await page.getByRole("button", { name: "Set password and join" }).click();
    await page.waitForURL(/\/programmes\/[^/]+\/services$/);
    await expect(page.getByText(title, { exact: true })).toBeVisible();
  });

  test("an invitation is declined with a plain form post, the confirmation opening without script", async ({ page, browser }) => {
    test.slow();
    const stamp = Date.now();
    const title = `Plain Decline ${stamp}`;
    const withScript = await browser.newContext({ javaScriptEnabled: true });
    const leader = await withScript.newPage();
    const programmeId = await freshProgramme(leader, title);
    await invite(leader, SANNE, "Whatever Typed", "Team leader");
    await withScript.close();

    await addSessionCookie(page.context(), SANNE);
    await page.goto("/invitations");
    const card = page.getByRole("article", { name: title });
    await card.getByRole("button", { name: "Decline…" }).click();
    await page
      .getByRole("dialog", { name: `Decline the invitation to ${title}?` })
      .getByRole("button", { name: "Decline invitation" })
      .click();
    await page.waitForURL(/\/invitations\/[^/]+$/);
    await expect(page.getByRole("status").filter({ hasText: /^You declined this invitation on / })).toBeVisible();
    await page.goto("/invitations");
    await expect(page.getByRole("article", { name: title })).toHaveCount(0);
    expect(programmeId).toBeTruthy();
  });
});

test.describe("at 390 px", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the welcome page, Your invitations, one invitation and People with pending invitations fit the screen", async ({
    page,
    browser,
  }) => {
    test.slow();
    const stamp = Date.now();
    const title = `Narrow Invitations Programme With A Long Title ${stamp}`;
    const email = `a.rather.long.address.${stamp}@rijnmond.test`;
    const programmeId = await freshProgramme(page, title);
    const since = await mailboxMark();
    await invite(page, email, `Wilhelmina Nieuwenhuis ${stamp}`);
    await invite(page, SANNE, "Whatever Typed");
    await page.goto(`/programmes/${programmeId}/people`);
    await expect(page.getByRole("region", { name: "Pending invitations" })).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await expectNoAxeViolations(page, { scope: "main" });

    const welcome = await openInNewBrowser(browser, linkIn(await newestEmailTo(email, since), "/welcome/"), {
      viewport: { width: 390, height: 844 },
    });
    await expect(welcome.getByRole("heading", { level: 1, name: `Welcome to ${title}` })).toBeVisible();
    await expectNoHorizontalOverflow(welcome);
    await welcome.context().close();

    await signInAs(page, SANNE);
    await page.goto("/invitations");
    await expect(page.getByRole("article", { name: title })).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await page.getByRole("article", { name: title }).getByRole("button", { name: "Decline…" }).click();
    await expect(page.getByRole("dialog")).toBeVisible();
    await expectNoHorizontalOverflow(page);
  });
});
