// E-mail through a real SMTP server, read as the person receives it: the second e2e server sends by
// SMTP (tests/support/smtp-app.ts, its own database and demo data); the mailbox serves what arrived.
// Invitation and password reset, each followed from the e-mail's link in Chromium.
import type { Page } from "@playwright/test";
import { DEMO_PASSWORD, expect, test } from "./fixtures";
import { linkIn, SMTP_APP_URL, waitForMail } from "./smtp-mailbox";

async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto(`${SMTP_APP_URL}/login`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/programmes(\?|$)/);
}

async function choosePassword(page: Page, password: string) {
  await page.getByLabel(/^New password( \*)?$/).fill(password);
  await page.getByLabel(/^New password again( \*)?$/).fill(password);
  await page.getByLabel(/^New password again( \*)?$/).press("Enter");
}

test("an invitation arrives by SMTP; its link sets a password and signs the new member in", async ({ page, browser }) => {
  test.slow(); // two sign-ins, a programme, an e-mail through a mail server, a second browser
  const stamp = Date.now();
  const title = `SMTP Programme ${stamp}`;
  const email = `olga.${stamp}@rijnmond.test`;
  await signIn(page, "leader@consort.test");
  await page.goto(`${SMTP_APP_URL}/programmes/new`);
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Workload (ECTS)").fill("5");
  await page.getByRole("button", { name: "Create programme" }).click();
  await page.waitForURL(/\/settings\?created=1/);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel(/^Name( \*)?$/).fill(`Olga Smit ${stamp}`);
  await page.getByLabel("Role").selectOption({ label: "Partner staff" });
  await page.getByLabel("Acts for institution").selectOption({ index: 1 });
  await page.getByRole("button", { name: "Add member" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Invitation sent to ${email}.` })).toBeVisible();

  const mail = await waitForMail(email, new RegExp(`invited you to ${title}$`));
  expect(mail.text).toContain("The link works once and is valid for 7 days.");
  const link = linkIn(mail, SMTP_APP_URL);
  expect(link).toMatch(/^\/welcome\//);
  expect(mail.html).toContain(`href="${SMTP_APP_URL}${link}"`);

  const context = await browser.newContext();
  const invitee = await context.newPage();
  await invitee.goto(`${SMTP_APP_URL}${link}`);
  await expect(invitee.getByRole("heading", { level: 1, name: `Welcome to ${title}` })).toBeVisible();
  await choosePassword(invitee, "olga's first passphrase");
  await invitee.waitForURL(/\/programmes\/[^/]+\/services$/);
  await expect(invitee.getByText(title, { exact: true })).toBeVisible();
  await context.close();
});

test("a password reset arrives by SMTP; its link sets the new password", async ({ page }) => {
  await page.goto(`${SMTP_APP_URL}/login`);
  await page.getByRole("link", { name: "Forgot password?" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Forgot your password?" })).toBeVisible();
  await page.getByLabel(/^Email( \*)?$/).fill("taskforce@consort.test");
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(page.getByRole("status").filter({ hasText: "a link to choose a new password is on its way there." })).toBeVisible();

  const mail = await waitForMail("taskforce@consort.test", /^Choose a new password for Consort$/);
  expect(mail.text).toContain("The link works once, for one hour.");
  expect(mail.headers["message-id"]).toMatch(/@consort>$/);
  const link = linkIn(mail, SMTP_APP_URL);
  await page.goto(`${SMTP_APP_URL}${link}`);
  await expect(page.getByRole("heading", { level: 1, name: "Choose a new password" })).toBeVisible();
  await choosePassword(page, "a brand new task-force passphrase");
  await page.waitForURL(/\/programmes$/);
  await expect(page.getByRole("heading", { level: 1, name: "My programmes" })).toBeVisible();
});
