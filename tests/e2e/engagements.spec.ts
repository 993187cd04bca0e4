// Service engagements as people meet them: a team leader sets up a programme and walks a lead
// engagement through the stages with the keyboard alone; partner staff cannot move (or forge a move
// on) another institution's engagement; the tracker and engagement pages pass an axe scan.
import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, signInAs, test } from "./fixtures";

const MAIN = "Climate-Resilient Urban Water Management";

async function openProgramme(page: Page, title: string) {
  const href = await page.getByRole("main").getByRole("link", { name: title }).getAttribute("href");
  await page.goto(`${href}/services`);
  await expect(page.getByRole("heading", { level: 1, name: "Services" })).toBeVisible();
}

/** Presses Tab until the focused element is the one named `name` (proves it is keyboard-reachable). */
async function tabTo(page: Page, name: string | RegExp, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText?.trim() ?? "");
    if (typeof name === "string" ? focused === name : name.test(focused)) return;
  }
  throw new Error(`Could not reach "${name}" with the Tab key`);
}

/** Presses Tab until the focused element matches `selector`. */
async function tabToField(page: Page, selector: string, { backwards = false, max = 80 } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Could not reach ${selector} with the Tab key`);
}

function cellLink(page: Page, institution: string, service: string) {
  return page.getByRole("link", { name: new RegExp(`^${institution}, ${service}:`) });
}

test("a team leader creates a programme, adds a partner and settles a lead engagement with the keyboard alone", async ({ page }) => {
  test.slow(); // several pages or sign-ins: three times the (machine-scaled) budget
  // A lead-university colleague, not leader@: the demo accounts' programme lists stay as seeded
  // for the specs that check them.
  await signInAs(page, "sanne.bakker@rijnmond.test");
  await page.goto("/programmes/new");
  const title = `Keyboard Programme ${Date.now()}`;
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Workload (ECTS)").fill("10");
  await page.getByRole("button", { name: "Create programme" }).click();
  await page.waitForURL(/\/settings\?created=1/);
  await expect(page.getByText("Programme created.")).toBeVisible();

  await page.getByLabel("Institution to add").selectOption({ label: "Danube University of Applied Sciences (DUAS, Austria)" });
  await page.getByRole("button", { name: "Add partner" }).click();
  await expect(page.getByRole("main").getByRole("status").filter({ hasText: "Partner added" })).toBeVisible();

  await page.getByRole("navigation", { name: "Programme" }).getByRole("link", { name: "Services" }).click();
  const duasRow = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /DUAS/ }) });
  await expect(duasRow.getByRole("link")).toHaveCount(6);
  await expect(duasRow.getByText("Not contacted")).toHaveCount(6);
  const steps = page.getByRole("region", { name: "Next steps" }).getByRole("listitem");
  await expect(steps.first()).toHaveText("Contact the Internationalisation service at Rijnmond University.");

  // From here on: keyboard only.
  await tabTo(page, "Contact the Internationalisation service at Rijnmond University.");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "RMU · Internationalisation" })).toBeVisible();
  const stage = page.getByRole("region", { name: "Stage" });
  for (const [button, reached] of [
    ["Mark as contacted", "Contacted"],
    ["Start consultation", "In consultation"],
    ["Mark advice received", "Advice received"],
    ["Mark as settled", "Settled"],
  ] as const) {
    if (reached === "Settled") {
      // No advice logged: settling takes a ticked confirmation and a reason.
      // Focus is still on the last move's button, below the stage's note: back up to it.
      await tabToField(page, 'section[aria-labelledby="stage-heading"] textarea[name=note]', { backwards: true });
      await page.keyboard.type("Agreed in the kick-off meeting, nothing to log");
      await tabToField(page, "input[name=confirmNoAdvice]");
      await page.keyboard.press("Space");
    }
    await tabTo(page, button);
    await page.keyboard.press("Enter");
    await expect(stage.getByText(`Moved to ${reached}.`)).toBeVisible();
    await expect(stage.locator("p").first()).toContainText(reached);
  }
  await expect(page.getByRole("region", { name: "History" }).getByText("moved it from Advice received to Settled")).toBeVisible();
  // Settled: only a reopen (with a reason) is left for the team leader.
  await expect(stage.getByRole("button", { name: /Reopen/ }).first()).toBeVisible();
  await tabTo(page, "← Back to the tracker");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1, name: "Services" })).toBeVisible();
  await expect(steps.first()).toHaveText("Contact the Teaching & learning service at Rijnmond University.");
  await expect(cellLink(page, "RMU", "Internationalisation")).toContainText("Settled");
});

test("partner staff get no moves on another institution's engagement, and a forged move is refused", async ({ page }) => {
  await signInAs(page, "partner@consort.test");
  await openProgramme(page, MAIN);
  // They land on their own institution's services first.
  await expect(page.getByRole("heading", { name: "Your institution's services" })).toBeVisible();

  const otherHref = (await cellLink(page, "RMU", "Legal").getAttribute("href"))!;
  const otherId = otherHref.split("/").at(-1)!;
  await page.goto(otherHref);
  await expect(page.getByRole("heading", { level: 1, name: "RMU · Legal" })).toBeVisible();
  const stageBefore = (await page.getByRole("region", { name: "Stage" }).locator("p").first().textContent())!;
  await expect(page.getByRole("region", { name: "Stage" }).getByRole("button")).toHaveCount(0);
  await expect(page.getByText("Only this institution's programme-team member")).toBeVisible();
  await expect(page.getByRole("button", { name: "Save details" })).toHaveCount(0);

  // A move form of their own engagement, pointed at the other institution's engagement.
  await page.goBack();
  await cellLink(page, "ULEV", "Student administration").click();
  await expect(page.getByRole("heading", { level: 1, name: "ULEV · Student administration" })).toBeVisible();
  const moveForm = page.getByRole("form", { name: "Move this engagement" });
  await moveForm.getByLabel(/^Note/).fill("forged");
  await moveForm.locator('input[name="engagementId"]').evaluate((input, id) => ((input as HTMLInputElement).value = id), otherId);
  await moveForm.getByRole("button").first().click();
  await expect(page.getByRole("main").getByRole("alert")).toContainText("You can only change engagements of your own institution");

  await page.goto(otherHref);
  await expect(page.getByRole("region", { name: "Stage" }).locator("p").first()).toHaveText(stageBefore);
  await expect(page.getByText("“forged”")).toHaveCount(0);
});

test("a task-force member sees the services they represent first", async ({ page }) => {
  await signInAs(page, "taskforce@consort.test");
  await openProgramme(page, MAIN);
  await expect(page.getByRole("heading", { name: "The services you represent" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: /Legal.*Your service/ })).toBeVisible();
});

// Axe on the tracker itself, for every role and at both widths: tests/e2e/pages.spec.ts.
test("the tracker keeps its filters in the URL, and a filtered engagement page passes axe", async ({ page }) => {
  await signInAs(page, "leader@consort.test");
  await openProgramme(page, MAIN);
  await page.getByLabel("Service", { exact: true }).selectOption({ label: "Legal" });
  await page.waitForURL(/service=LEGAL/);
  const matrix = page.getByRole("region", { name: /Service engagements by institution/ });
  await expect(matrix.getByRole("columnheader")).toHaveText(["Institution", "Legal"]);
  await page.reload();
  await expect(matrix.getByRole("columnheader")).toHaveText(["Institution", "Legal"]);
  // Cells are plain links with one delegated handler: still a client-side navigation, no reload.
  await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
  await cellLink(page, "VUT", "Legal").click();
  await expect(page.getByRole("heading", { level: 1, name: "VUT · Legal" })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  await expect(page.getByText("Reason:")).toBeVisible();
  await expectNoAxeViolations(page);
});
