import type { Browser, Page } from "@playwright/test";
import { expect, expectNoAxeViolations, signInAs, test } from "./fixtures";

const PROGRAMME = "Climate-Resilient Urban Water Management";

async function openBoard(page: Page) {
  await page.getByRole("link", { name: PROGRAMME }).click();
  await page.getByRole("navigation", { name: "Programme" }).getByRole("link", { name: "Board" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Open issues board" })).toBeVisible();
  await expect(page.getByText("Live: changes by others appear automatically.")).toBeVisible();
}

async function signedIn(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, email);
  return { context, page };
}

const column = (page: Page, status: string) => page.locator(`[data-column="${status}"]`);

test("a task-force member creates a routed issue, moves it by keyboard, comments and resolves it; others see it live", async ({
  browser,
}) => {
  test.slow(); // several pages or sign-ins: three times the (machine-scaled) budget
  const title = `Diploma supplement wording ${Date.now()}`;
  const tf = await signedIn(browser, "taskforce@consort.test");
  const leader = await signedIn(browser, "leader@consort.test");
  try {
    // Create: the routing proposes the Legal representative at Vistula — Katarzyna herself.
    await openBoard(tf.page);
    await tf.page.getByRole("link", { name: "New issue" }).click();
    await tf.page.getByLabel("Title").fill(title);
    await tf.page.getByLabel("Description").fill("The **diploma supplement** must name all partners.");
    await tf.page.getByRole("checkbox", { name: "Legal" }).check();
    await tf.page.getByLabel("Institution concerned").selectOption({ label: "Vistula University of Technology" });
    await expect(tf.page.getByTestId("routing-reason")).toContainText(
      "Katarzyna Nowak represents Legal at Vistula University of Technology",
    );
    await expect(tf.page.getByLabel("Assignee")).toHaveValue(/.+/);
    await expect(tf.page.getByLabel("Assignee").locator("option:checked")).toContainText("Katarzyna Nowak");
    await tf.page.getByLabel("Escalation level").selectOption({ label: "Institution rules need to change" });
    await tf.page.getByRole("button", { name: "Create issue" }).click();
    await expect(tf.page.getByRole("status").filter({ hasText: "created and assigned to Katarzyna Nowak" })).toBeVisible();
    const number = /#(\d+)/.exec((await tf.page.getByRole("heading", { level: 1 }).textContent()) ?? "")![1]!;

    // The leader has the board open in another browser.
    await openBoard(leader.page);
    await expect(column(leader.page, "OPEN").getByText(title)).toBeVisible();

    // Move across columns with the keyboard only: focus the control, press Enter; focus follows the card.
    await tf.page.getByRole("link", { name: "← Back to the board" }).click();
    await expect(column(tf.page, "OPEN").getByText(title)).toBeVisible();
    await tf.page.getByRole("button", { name: `Move #${number} to In progress` }).focus();
    await tf.page.keyboard.press("Enter");
    await expect(tf.page.getByTestId("board-announcement")).toHaveText(new RegExp(`Moved #${number} to In progress`));
    await expect(column(tf.page, "IN_PROGRESS").getByText(title)).toBeVisible();
    await expect(tf.page.getByRole("button", { name: `Move #${number} to Waiting on partner` })).toBeFocused();

    // The other browser sees the move without reloading.
    await expect(column(leader.page, "IN_PROGRESS").getByText(title)).toBeVisible({ timeout: 10_000 });
    await expect(column(leader.page, "OPEN").getByText(title)).toHaveCount(0);

    await tf.page.keyboard.press("Enter");
    await expect(tf.page.getByTestId("board-announcement")).toHaveText(new RegExp(`Moved #${number} to Waiting on partner`));
    await expect(column(leader.page, "WAITING_ON_PARTNER").getByText(title)).toBeVisible({ timeout: 10_000 });

    // Resolving asks for a note, still by keyboard.
    await expect(tf.page.getByRole("button", { name: `Move #${number} to Resolved` })).toBeFocused();
    await tf.page.keyboard.press("Enter");
    const dialog = tf.page.getByRole("dialog", { name: `Resolve #${number}` });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel("Resolution note")).toBeFocused();
    await tf.page.keyboard.type("Agreed wording added to the joint diploma supplement template.");
    await tf.page.keyboard.press("Tab");
    await tf.page.keyboard.press("Enter");
    await expect(tf.page.getByTestId("board-announcement")).toHaveText(new RegExp(`Moved #${number} to Resolved`));
    await expect(column(leader.page, "RESOLVED").getByText(title)).toBeVisible({ timeout: 10_000 });

    // Comment (Markdown rendered) and check the record.
    await column(tf.page, "RESOLVED").getByRole("link", { name: title }).click();
    await expect(tf.page.getByTestId("issue-status")).toHaveText("Resolved");
    await expect(tf.page.getByText("Agreed wording added to the joint diploma supplement template.").first()).toBeVisible();
    await tf.page.getByLabel("Add a comment").fill("Template is in the **shared drive**.");
    await tf.page.getByRole("button", { name: "Post comment" }).click();
    await expect(tf.page.locator("strong", { hasText: "shared drive" })).toBeVisible();
    const activity = tf.page.getByRole("list", { name: "Activity history" });
    await expect(activity.getByRole("listitem")).toHaveCount(5);
    await expect(activity).toContainText("created the issue, assigned to Katarzyna Nowak");
    await expect(activity).toContainText("moved it from Open to In progress");
    await expect(activity).toContainText("moved it from In progress to Waiting on partner");
    await expect(activity).toContainText("resolved it");
    await expect(activity).toContainText("commented");
    await expectNoAxeViolations(tf.page);
  } finally {
    await tf.context.close();
    await leader.context.close();
  }
});

test("partner staff can add issues and comment but get no move controls", async ({ page }) => {
  await signInAs(page, "partner@consort.test");
  await openBoard(page);
  await expect(page.getByText("Task-force members and the team leader move and assign them.")).toBeVisible();
  await expect(page.locator("[data-card-id]").first()).toBeVisible();
  await expect(page.getByRole("button", { name: /^Move #/ })).toHaveCount(0);
  await expect(page.locator('[data-card-id][draggable="true"]')).toHaveCount(0);
  // On an issue page: comments yes, status and assignee controls no.
  // Card titles are plain links with one delegated handler: a client-side navigation, no reload.
  await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
  await page.locator("[data-card-id] a").first().click();
  await expect(page.getByLabel("Add a comment")).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  await expect(page.getByRole("button", { name: "Resolve issue" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Save assignee" })).toHaveCount(0);
});

// The board pages' axe scans (both widths, nothing left to review) are in board-a11y.spec.ts: one scan per test.
test("filters live in the URL and carry over to the list view; the task force page is accessible", async ({ page }) => {
  test.slow(); // several pages and actions in one flow
  await signInAs(page, "leader@consort.test");
  await openBoard(page);
  await page.getByLabel("Service").selectOption({ label: "Legal" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/service=LEGAL/);
  await expect(page.getByLabel("Service")).toHaveValue("LEGAL");
  await page.getByRole("link", { name: "List view" }).click();
  await expect(page).toHaveURL(/view=list/);
  await expect(page).toHaveURL(/service=LEGAL/);
  await page.getByRole("link", { name: /^Priority/ }).click();
  await expect(page.getByRole("columnheader", { name: /Priority/ })).toHaveAttribute("aria-sort", "descending");
  await page.getByRole("navigation", { name: "Programme" }).getByRole("link", { name: "Task force" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Task force: who to ask" })).toBeVisible();
  await expect(page.getByRole("row", { name: /Legal/ })).toContainText("Katarzyna Nowak");
  await expectNoAxeViolations(page);
});

test("the team leader drags a card to another column with the mouse", async ({ page }) => {
  // A laptop's height: the new card (the last of the open ones) is below the column headings.
  await page.setViewportSize({ width: 1400, height: 800 });
  const title = `Drag me ${Date.now()}`;
  await signInAs(page, "leader@consort.test");
  await openBoard(page);
  await page.getByRole("link", { name: "New issue" }).click();
  await page.getByLabel("Title").fill(title);
  await page.getByRole("checkbox", { name: "IT" }).check();
  await page.getByRole("button", { name: "Create issue" }).click();
  await page.waitForURL(/\/board\/\d+$/);
  const number = /\/board\/(\d+)$/.exec(page.url())![1]!;
  await page.getByRole("link", { name: "← Back to the board" }).click();
  const card = column(page, "OPEN").locator("[data-card-id]", { hasText: title });
  // Cards become draggable once the board's JavaScript has run: a drag before that moves nothing.
  await expect(card).toHaveAttribute("draggable", "true");
  const inProgress = column(page, "IN_PROGRESS");
  // Other tests add and move cards on this board meanwhile: a live refresh landing mid-drag cancels the
  // drag, as it would for a person, who drags again. So does the test, until the card has moved. The
  // drop is level with the card (the columns are equally tall): with many open issues the card sits
  // far below the column headings, and a drag that had to scroll the page up would drop nothing.
  await expect(async () => {
    if (await card.count()) {
      await card.scrollIntoViewIfNeeded();
      const [from, to] = await Promise.all([card.boundingBox(), inProgress.boundingBox()]);
      if (!from || !to) throw new Error("the card or the column is not on the page");
      const level = Math.min(Math.max(from.y + from.height / 2 - to.y, 8), to.height - 8);
      await card.dragTo(inProgress, { targetPosition: { x: to.width / 2, y: level }, timeout: 5_000 });
    }
    await expect(page.getByTestId("board-announcement")).toContainText(`Moved #${number} to In progress`, { timeout: 5_000 });
  }).toPass();
  await expect(page.getByTestId("board-columns")).toHaveAttribute("aria-busy", "false");
  await page.reload();
  await expect(column(page, "IN_PROGRESS").getByText(title)).toBeVisible();
});
