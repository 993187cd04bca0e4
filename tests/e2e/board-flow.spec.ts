// Issue 11, the board's part: arrow keys move a focused card, Resolved moves on to Closed, messages
// describe the action just taken once, and the new-issue form proposes the matching engagement.
import type { Page } from "@playwright/test";
import { expect, signInAs, test } from "./fixtures";

const PROGRAMME = "Climate-Resilient Urban Water Management";
/** The last move is saved and the board re-rendered: the next key press is taken, not told to wait. */
const settled = (page: Page) => expect(page.getByTestId("board-columns")).toHaveAttribute("aria-busy", "false");

const column = (page: Page, status: string) => page.locator(`[data-column="${status}"]`);

async function openBoard(page: Page) {
  await page.getByRole("link", { name: PROGRAMME }).click();
  await page.getByRole("navigation", { name: "Programme" }).getByRole("link", { name: "Board" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Open issues board" })).toBeVisible();
}

/** Picks an assignee by name (the option also says their seat, and "(proposed)" when routing proposes them). */
async function chooseAssignee(page: Page, name: string) {
  const select = page.getByLabel("Assignee");
  const value = await select.locator("option", { hasText: name }).getAttribute("value");
  await select.selectOption(value ?? "");
}

/** Creates an issue through the form and returns its number (the issue page is open afterwards). */
async function createIssue(page: Page, title: string, options: { assignee?: string } = {}) {
  await page.getByRole("link", { name: "New issue" }).click();
  await page.getByLabel("Title").fill(title);
  await page.getByRole("checkbox", { name: "IT" }).check();
  if (options.assignee) await chooseAssignee(page, options.assignee);
  await page.getByRole("button", { name: "Create issue" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  return /#(\d+)/.exec((await page.getByRole("heading", { level: 1 }).textContent()) ?? "")![1]!;
}

test("arrow keys on a focused card move it between and within columns, announced, with the keys documented", async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 1200 });
  await signInAs(page, "leader@consort.test");
  await openBoard(page);
  const title = `Arrow keys ${Date.now()}`;
  const number = await createIssue(page, title);
  await page.getByRole("link", { name: "← Back to the board" }).click();
  await expect(page.getByText(/press the Left or Right arrow key to move it to the previous or next column/)).toBeVisible();

  const link = page.getByRole("link", { name: title });
  await expect(column(page, "OPEN").getByRole("group", { name: `Move #${number}` })).toBeVisible(); // hydrated
  await link.focus();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByTestId("board-announcement")).toHaveText(`Moved #${number} to In progress, position 1.`);
  await settled(page);
  await expect(column(page, "IN_PROGRESS").getByRole("link", { name: title })).toBeFocused();

  // The seed has a card in In progress: ours is on top, so Down swaps them and Up swaps them back.
  await page.keyboard.press("ArrowDown");
  await expect(page.getByTestId("board-announcement")).toHaveText(`Moved #${number} to position 2 in In progress.`);
  await settled(page);
  await expect(column(page, "IN_PROGRESS").locator("[data-card-id]").nth(1)).toContainText(title);
  await expect(link).toBeFocused();
  await page.keyboard.press("ArrowUp");
  await expect(page.getByTestId("board-announcement")).toHaveText(`Moved #${number} to position 1 in In progress.`);
  await settled(page);
  await page.keyboard.press("ArrowUp");
  await expect(page.getByTestId("board-announcement")).toHaveText(`#${number} is already first.`);
  await settled(page);

  await page.keyboard.press("ArrowLeft");
  await expect(page.getByTestId("board-announcement")).toHaveText(`Moved #${number} to Open, position 1.`);
  await settled(page);
  await expect(column(page, "OPEN").getByRole("link", { name: title })).toBeFocused();
  await page.reload();
  await expect(column(page, "OPEN").locator("[data-card-id]").first()).toContainText(title);
});

test("a Resolved issue moves on to Closed: from its card on the board and from its page", async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 1200 });
  await signInAs(page, "leader@consort.test");
  await openBoard(page);
  const stamp = Date.now();

  // From the issue page: resolve, then close; the resolution stays the outcome.
  const first = await createIssue(page, `Filed away ${stamp}`);
  await page.getByLabel("Resolution note").fill("The consortium agreement covers it.");
  await page.getByRole("button", { name: "Resolve issue" }).click();
  await expect(page.getByTestId("issue-status")).toHaveText("Resolved");
  await expect(page.getByText("close the issue: it moves to Closed and keeps its resolution")).toBeVisible();
  await page.getByRole("button", { name: "Close resolved issue" }).click();
  await expect(page.getByTestId("issue-status")).toHaveText("Closed");
  await expect(page.getByRole("status").filter({ hasText: `Closed #${first}: it keeps its resolution` })).toBeVisible();
  await expect(page.getByText("Closed after it was resolved.")).toBeVisible();
  await expect(page.getByText("The consortium agreement covers it.").first()).toBeVisible();
  await expect(page.getByRole("list", { name: "Activity history" })).toContainText("closed it after it was resolved");

  // From the board: a resolved card's control says where it goes, and takes it there.
  await page.getByRole("link", { name: "← Back to the board" }).click();
  const second = await createIssue(page, `Close from the card ${stamp}`);
  await page.getByLabel("Resolution note").fill("Fixed in the shared template.");
  await page.getByRole("button", { name: "Resolve issue" }).click();
  await expect(page.getByTestId("issue-status")).toHaveText("Resolved");
  await page.getByRole("link", { name: "← Back to the board" }).click();
  const control = column(page, "RESOLVED").getByRole("button", { name: `Move #${second} to Closed (it stays resolved)` });
  await expect(control.getByText("Closed", { exact: true })).toBeVisible(); // the word the button shows
  await control.click();
  await expect(page.getByTestId("board-announcement")).toHaveText(`Closed #${second}: it keeps its resolution and now sits in Closed.`);
  await page.reload();
  await expect(column(page, "CLOSED").getByText(`Close from the card ${stamp}`)).toBeVisible();
  await expect(column(page, "RESOLVED").getByText(`Close from the card ${stamp}`)).toHaveCount(0);
});

test("issue page messages describe the action just taken, once, and never contradict the issue", async ({ page }) => {
  test.slow(); // several pages and actions in one flow
  await signInAs(page, "leader@consort.test");
  await openBoard(page);
  const number = await createIssue(page, `Messages ${Date.now()}`, { assignee: "Pieter Jansen" });
  const created = page.getByRole("status").filter({ hasText: `Issue #${number} created` });
  await expect(created).toHaveText(`Issue #${number} created and assigned to Pieter Jansen.`);
  expect(page.url()).not.toContain("created");

  // Another action replaces the message; the creation banner does not follow the new assignee.
  await chooseAssignee(page, "Sanne Bakker");
  await page.getByRole("button", { name: "Save assignee" }).click();
  await expect(page.getByTestId("issue-assignee")).toHaveText("Sanne Bakker");
  await expect(page.getByRole("status").filter({ hasText: "Assignee changed." })).toBeVisible();
  await expect(page.getByText(/created and assigned to/)).toHaveCount(0);

  // Close, reopen, close again: only the latest outcome shows.
  await page.getByRole("button", { name: "Close without resolving…" }).click();
  const dialog = page.getByRole("dialog", { name: "Close this issue?" });
  await dialog.getByLabel("Reason").selectOption({ label: "Won't fix" });
  await dialog.getByLabel("Note").fill("Out of scope for this programme.");
  await dialog.getByRole("button", { name: "Close issue" }).click();
  await expect(page.getByTestId("issue-status")).toHaveText("Closed");
  await expect(page.getByRole("status").filter({ hasText: "Issue closed as Won't fix." })).toBeVisible();
  await expect(page.getByText("Assignee changed.")).toHaveCount(0);
  await page.getByRole("button", { name: "Reopen issue" }).click();
  await expect(page.getByTestId("issue-status")).toHaveText("Open");
  await expect(page.getByRole("status").filter({ hasText: "Issue reopened: it is back in Open." })).toBeVisible();
  await page.getByRole("button", { name: "Close without resolving…" }).click();
  await dialog.getByLabel("Reason").selectOption({ label: "Duplicate" });
  await dialog.getByLabel("Note").fill("Same as the visa issue.");
  await dialog.getByRole("button", { name: "Close issue" }).click();
  await expect(page.getByTestId("issue-status")).toHaveText("Closed");
  await expect(page.getByRole("status").filter({ hasText: "Issue closed as Duplicate." })).toBeVisible();
  await expect(page.getByText("Issue reopened")).toHaveCount(0);

  // Reloading or coming back shows the issue, not old news.
  await page.reload();
  await expect(page.getByTestId("issue-status")).toHaveText("Closed");
  await expect(page.getByText(/Issue closed as|created and assigned|Issue reopened/)).toHaveCount(0);
  await page.getByRole("link", { name: "← Back to the board" }).click();
  // Back only once the board has arrived: going back during the navigation would leave the issue page.
  await expect(page.getByRole("heading", { level: 1, name: "Open issues board" })).toBeVisible();
  await page.goBack();
  await expect(page.getByTestId("issue-status")).toHaveText("Closed");
  await expect(page.getByText(/Issue closed as|created and assigned|Issue reopened/)).toHaveCount(0);
});

test("choosing a service and an institution proposes the matching engagement; a chosen one stays", async ({ page }) => {
  await signInAs(page, "leader@consort.test");
  await openBoard(page);
  await page.getByRole("link", { name: "New issue" }).click();
  const engagement = page.getByLabel("Linked engagement");
  await expect(engagement.locator("option:checked")).toHaveText("None");
  await page.getByRole("checkbox", { name: "Legal" }).check();
  await page.getByLabel("Institution concerned").selectOption({ label: "Vistula University of Technology" });
  await expect(engagement.locator("option:checked")).toHaveText("VUT · Legal");
  await page.getByRole("checkbox", { name: "Legal" }).uncheck();
  await page.getByRole("checkbox", { name: "IT" }).check();
  await expect(engagement.locator("option:checked")).toHaveText("VUT · IT");
  // Once the person picks one, it is theirs.
  await engagement.selectOption({ label: "VUT · Legal" });
  await page.getByLabel("Institution concerned").selectOption({ label: "Rijnmond University (lead)" });
  await expect(engagement.locator("option:checked")).toHaveText("VUT · Legal");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the new-issue form creates the issue, links the engagement chosen by hand and says so once", async ({ page }) => {
    await signInAs(page, "leader@consort.test");
    await openBoard(page);
    const title = `No script ${Date.now()}`;
    await page.getByRole("link", { name: "New issue" }).click();
    await page.getByLabel("Title").fill(title);
    await page.getByRole("checkbox", { name: "Legal" }).check();
    await page.getByLabel("Institution concerned").selectOption({ label: "Vistula University of Technology" });
    await page.getByLabel("Linked engagement").selectOption({ label: "VUT · Legal" });
    await page.getByRole("button", { name: "Create issue" }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: /created and assigned to Katarzyna Nowak/ })).toBeVisible();
    expect(page.url()).not.toContain("created");
    await expect(page.getByRole("link", { name: "VUT · Legal" })).toBeVisible();
  });
});
