// "Forgot password?" as a person uses it, in Chromium against the real app: from the sign-in page,
// the e-mail (read from the outbox: the e2e server has no SMTP server), its link, a new password,
// signed in afresh while every other browser is signed out; the same answer for any address; links
// that no longer work get a plain page. With JavaScript on and off, and at 390 px. Each test uses a
// person of its own (a copy of a demo account), so the demo accounts other specs sign in with stay.
import type { Browser, Page } from "@playwright/test";
import {
  addSessionCookie,
  DEMO_PASSWORD,
  expect,
  expectNoAxeViolations,
  expectNoHorizontalOverflow,
  signInThroughForm,
  test,
} from "./fixtures";
import { createDemoPerson, emailsTo, linkIn, mailboxMark, newestEmailTo, openInNewBrowser } from "./account-mail";

async function askForLink(page: Page, email: string) {
  await page.getByLabel(/^Email( \*)?$/).fill(email);
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(
    page.getByRole("status").filter({ hasText: `If an account uses ${email}, a link to choose a new password is on its way there.` }),
  ).toBeVisible();
}

async function choosePassword(page: Page, password: string, again = password) {
  await page.getByLabel(/^New password( \*)?$/).fill(password);
  await page.getByLabel(/^New password again( \*)?$/).fill(again);
}

async function signedInElsewhere(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  await addSessionCookie(context, email);
  const page = await context.newPage();
  await page.goto("/programmes");
  await expect(page.getByRole("heading", { level: 1, name: "My programmes" })).toBeVisible();
  return page;
}

test("a forgotten password is replaced through the e-mailed link: signed in afresh, every other browser signed out", async ({
  page,
  browser,
}) => {
  test.slow(); // two browsers, an e-mail, two password hashes
  const stamp = Date.now();
  const email = `rosa.reset.${stamp}@rijnmond.test`;
  await createDemoPerson(`Rosa Reyes ${stamp}`, email);
  const elsewhere = await signedInElsewhere(browser, email);

  await page.goto("/login");
  await page.getByRole("link", { name: "Forgot password?" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Forgot your password?" })).toBeVisible();
  await expectNoAxeViolations(page);
  const since = await mailboxMark();
  await askForLink(page, email);

  const mail = await newestEmailTo(email, since);
  expect(mail.subject).toBe("Choose a new password for Consort");
  expect(mail.text).toContain("The link works once, for one hour.");
  const link = linkIn(mail, "/reset-password/");
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1, name: "Choose a new password" })).toBeVisible();
  await expect(page.getByText(`For the account ${email}.`)).toBeVisible();
  await expectNoAxeViolations(page);
  // Keyboard only: type, Tab to the repeat, Enter submits.
  await page.getByLabel(/^New password( \*)?$/).fill("rosa's new passphrase");
  await page.keyboard.press("Tab");
  await page.keyboard.type("rosa's new passphrase");
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/programmes$/);
  await expect(page.getByRole("heading", { level: 1, name: "My programmes" })).toBeVisible();

  // The other browser's session ended with the old password.
  await elsewhere.goto("/programmes");
  await expect(elsewhere).toHaveURL(/\/login/);
  await elsewhere.context().close();

  // The link worked once: now a plain page (HTTP 200) with the way to ask for a new one.
  const again = await page.goto(link);
  expect(again?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "This link has already been used" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Ask for a new link" })).toHaveAttribute("href", "/forgot-password");

  // The new password signs in; the old one does not.
  const fresh = await openInNewBrowser(browser, "/login");
  await signInThroughForm(fresh, email, "rosa's new passphrase");
  await fresh.context().close();
  const stale = await openInNewBrowser(browser, "/login");
  await stale.getByLabel("Email").fill(email);
  await stale.getByLabel("Password").fill(DEMO_PASSWORD);
  await stale.getByRole("button", { name: "Sign in" }).click();
  await expect(stale.getByRole("main").getByRole("alert")).toHaveText("Wrong email or password. Check both and try again.");
  await stale.context().close();
});

test("an unknown or deactivated address gets the same answer, and no e-mail", async ({ page }) => {
  const since = await mailboxMark();
  await page.goto("/forgot-password");
  await askForLink(page, "nobody-here@rijnmond.test");
  await page.goto("/forgot-password");
  await askForLink(page, "dieter.vogel@univ-confluence.test"); // deactivated in the demo data
  expect(await emailsTo("nobody-here@rijnmond.test", since)).toBe(0);
  expect(await emailsTo("dieter.vogel@univ-confluence.test", since)).toBe(0);
});

test("a link that was cut off or changed gets a plain page with the way to ask for a new one", async ({ page }) => {
  const response = await page.goto("/reset-password/not-a-real-link");
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1, name: "This link does not work" })).toBeVisible();
  await page.getByRole("link", { name: "Ask for a new link" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Forgot your password?" })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("both forms post and answer: the request, a mismatched repeat beside its field, then the new password", async ({ page }) => {
    test.slow();
    const stamp = Date.now();
    const email = `petra.plain.${stamp}@rijnmond.test`;
    await createDemoPerson(`Petra Pavlova ${stamp}`, email);
    await page.goto("/forgot-password");
    const since = await mailboxMark();
    await askForLink(page, email);
    await page.goto(linkIn(await newestEmailTo(email, since), "/reset-password/"));
    await choosePassword(page, "petra's new passphrase", "petra's new passphrasE");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByLabel(/^New password again( \*)?$/)).toHaveAccessibleDescription("Type the same new password twice.");
    await choosePassword(page, "petra's new passphrase");
    await page.getByRole("button", { name: "Change password" }).click();
    await page.waitForURL(/\/programmes$/);
    await expect(page.getByRole("heading", { level: 1, name: "My programmes" })).toBeVisible();
  });
});

test.describe("at 390 px", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the sign-in page with its link, the request page and the new-password page fit the screen", async ({ page }) => {
    test.slow();
    const stamp = Date.now();
    const email = `nina.narrow.with.a.long.address.${stamp}@rijnmond.test`;
    await createDemoPerson(`Nina Nowicka ${stamp}`, email);
    await page.goto("/login");
    await expect(page.getByRole("link", { name: "Forgot password?" })).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await page.goto("/forgot-password");
    const since = await mailboxMark();
    await askForLink(page, email);
    await expectNoHorizontalOverflow(page);
    await page.goto(linkIn(await newestEmailTo(email, since), "/reset-password/"));
    await expect(page.getByRole("heading", { level: 1, name: "Choose a new password" })).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await page.goto("/reset-password/expired-or-not-it-does-not-matter");
    await expectNoHorizontalOverflow(page);
  });
});
