// The team leader manages the people of a programme from the People page, keyboard only; and the
// People, Task force and Settings pages fit a 390 px screen.
import type { Browser, Locator, Page } from "@playwright/test";
import { addSessionCookie, expect, expectNoAxeViolations, signInAs, test } from "./fixtures";
import { linkIn, mailboxMark, newestEmailTo, openInNewBrowser } from "./account-mail";

const MAIN = "Climate-Resilient Urban Water Management";

async function tabTo(page: Page, name: string | RegExp, max = 120) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    // textContent, not innerText: a screen-reader-only part of the name is laid out apart from the rest.
    const focused = await page.evaluate(() => (document.activeElement?.textContent ?? "").replace(/\s+/g, " ").trim());
    if (typeof name === "string" ? focused === name : name.test(focused)) return;
  }
  throw new Error(`Could not reach "${name}" with the Tab key`);
}

/** Tabs forward until `target` has the focus. */
async function tabToElement(page: Page, target: Locator, max = 20) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error("Could not reach the element with the Tab key");
}

/**
 * A fresh programme (led by a lead-university colleague, so the demo accounts stay as seeded) with two
 * new members: each is invited, and joins by choosing a password through the e-mailed link.
 */
async function programmeWithMembers(page: Page, browser: Browser, stamp: number) {
  await signInAs(page, "sanne.bakker@rijnmond.test");
  await page.goto("/programmes/new");
  await page.getByLabel("Title").fill(`People Programme ${stamp}`);
  await page.getByLabel("Workload (ECTS)").fill("10");
  await page.getByRole("button", { name: "Create programme" }).click();
  await page.waitForURL(/\/settings\?created=1/);
  for (const name of [`Mara Member ${stamp}`, `Rui Role ${stamp}`]) {
    // Sanne's own institution (the lead), where she may create accounts.
    const email = `${name.toLowerCase().replaceAll(" ", ".")}@rijnmond.test`;
    await page.getByLabel("E-mail").fill(email);
    await page.getByLabel(/^Name( \*)?$/).fill(name);
    await page.getByLabel("Acts for institution").selectOption({ index: 1 });
    const since = await mailboxMark();
    await page.getByRole("button", { name: "Add member" }).click();
    await expect(page.getByText(`Invitation sent to ${email}.`)).toBeVisible();
    const invitee = await openInNewBrowser(browser, linkIn(await newestEmailTo(email, since), "/welcome/"));
    await invitee.getByLabel(/^New password( \*)?$/).fill(`${name}'s passphrase`);
    await invitee.getByLabel(/^New password again( \*)?$/).fill(`${name}'s passphrase`);
    await invitee.getByRole("button", { name: "Set password and join" }).click();
    await invitee.waitForURL(/\/services$/);
    await invitee.context().close();
  }
  await page.getByRole("navigation", { name: "Programme" }).getByRole("link", { name: "People" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "People" })).toBeVisible();
}

const card = (page: Page, name: string) => page.getByRole("listitem").filter({ has: page.getByRole("heading", { level: 2, name }) });

test("the team leader changes a member's role and removes a member with the keyboard alone", async ({ page, browser }) => {
  test.slow(); // several pages or sign-ins: three times the (machine-scaled) budget
  const stamp = Date.now();
  await programmeWithMembers(page, browser, stamp);
  const rui = `Rui Role ${stamp}`;
  const mara = `Mara Member ${stamp}`;

  // The only team leader cannot be removed: the page says so instead of offering it.
  await expect(
    card(page, "Sanne Bakker").getByText("The only team leader cannot be removed. Make someone else team leader first."),
  ).toBeVisible();

  // Role change: open the form, choose Task-force member, tick IT, save — all with the keyboard.
  await tabTo(page, `Change role or services of ${rui}`);
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel(`Role of ${rui}`)).toBeFocused();
  await page.keyboard.press("ArrowDown"); // from Partner staff to the next option, Task-force member
  await expect(page.getByLabel(`Role of ${rui}`)).toHaveValue("TASK_FORCE");
  const it = card(page, rui).getByRole("checkbox", { name: "IT", exact: true });
  await tabToElement(page, it);
  await page.keyboard.press("Space");
  await expect(it).toBeChecked();
  await tabTo(page, "Save role");
  await page.keyboard.press("Enter");
  await expect(card(page, rui).getByRole("status")).toHaveText(`${rui} is now task-force member for IT.`);
  await expect(card(page, rui).getByText("Represents")).toBeVisible();

  // Removal: the confirmation says what happens; Enter confirms; focus lands on the outcome.
  await tabTo(page, `Remove ${mara}…`);
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: `Remove ${mara} as partner staff?` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText(`${mara} leaves the programme and can no longer open it.`)).toBeVisible();
  await expect(dialog.getByText("Advice, comments and history they wrote stay, under their name.")).toBeVisible();
  // The dialog opens with the focus on its first control, the confirming button.
  await expect(dialog.getByRole("button", { name: `Remove ${mara}`, exact: true })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: `${mara} left the programme.` })).toBeVisible();
  await expect(card(page, mara)).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("without JavaScript the team leader still removes a member: the confirmation opens, the removal posts as a plain form", async ({
  page,
  browser,
}) => {
  test.slow(); // a programme with members is set up first
  const stamp = Date.now();
  await programmeWithMembers(page, browser, stamp);
  const mara = `Mara Member ${stamp}`;
  const context = await browser.newContext({ javaScriptEnabled: false });
  await addSessionCookie(context, "sanne.bakker@rijnmond.test");
  const plain = await context.newPage();
  await plain.goto(page.url());
  await card(plain, mara)
    .getByRole("button", { name: `Remove ${mara}…` })
    .click();
  const dialog = plain.getByRole("dialog", { name: `Remove ${mara} as partner staff?` });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: `Remove ${mara}`, exact: true }).click();
  await expect(plain.getByRole("status").filter({ hasText: `${mara} left the programme.` })).toBeVisible();
  await expect(card(plain, mara)).toHaveCount(0);
  await context.close();
});

test.describe("at 390 px", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const [path, heading] of [
    ["people", "People"],
    ["task-force", "Task force: who to ask"],
    ["settings", "Settings"],
  ] as const) {
    test(`the team leader's ${heading} page fits the screen and passes axe`, async ({ page }) => {
      await signInAs(page, "leader@consort.test");
      await page.getByRole("main").getByRole("link", { name: MAIN }).click();
      await page.waitForURL(/\/programmes\/[^/?#]+/);
      const programmeId = /\/programmes\/([^/?#]+)/.exec(page.url())?.[1];
      await page.goto(`/programmes/${programmeId}/${path}`);
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
      }));
      expect(scrollWidth, `page is ${scrollWidth} px wide on a ${innerWidth} px screen`).toBeLessThanOrEqual(innerWidth);
      await expectNoAxeViolations(page);
    });
  }
});
