// The Services page (tracker) as people use it: filters that narrow the matrix only and apply on
// change, the guide's order of next steps for partner staff, the matrix as one keyboard widget, the
// page at 390 px, and the same without JavaScript.
import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, signInAs, test } from "./fixtures";

const MAIN = "Climate-Resilient Urban Water Management";

async function openProgramme(page: Page, title = MAIN) {
  const href = await page.getByRole("main").getByRole("link", { name: title }).getAttribute("href");
  await page.goto(`${href}/services`);
  await expect(page.getByRole("heading", { level: 1, name: "Services" })).toBeVisible();
  return href!;
}

const nextSteps = (page: Page) => page.getByRole("region", { name: "Next steps" });
const progress = (page: Page) => page.getByRole("region", { name: "Progress" });
const matrix = (page: Page) => page.getByRole("region", { name: /Service engagements by institution/ });

/** The accessible name's start of the focused element ("RMU, Legal: …" for a cell). */
const focusedText = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText?.trim() ?? "");

test.describe("with JavaScript", () => {
  test("a Stage filter narrows the matrix only, applies on change, and Show removed partners keeps it", async ({ page }) => {
    await signInAs(page, "leader@consort.test");
    await openProgramme(page);
    const firstStep = await nextSteps(page).getByRole("listitem").first().textContent();
    const overall = await progress(page)
      .getByText(/settled or not applicable \(/)
      .textContent();

    // No "Apply" click: choosing applies it, and focus stays on the select for the next choice.
    await expect(page.getByRole("button", { name: "Apply filters" })).toHaveCount(0);
    await page.getByLabel("Stage", { exact: true }).focus(); // as a keyboard user is (selectOption does not focus)
    await page.getByLabel("Stage", { exact: true }).selectOption({ label: "Blocked" });
    await page.waitForURL(/stage=BLOCKED/);
    await expect(matrix(page).getByRole("link")).not.toHaveCount(0);
    await expect(matrix(page).getByRole("link").filter({ hasNotText: "Blocked" })).toHaveCount(0);
    await expect(page.getByLabel("Stage", { exact: true })).toBeFocused();

    // The summaries still describe the whole programme.
    await expect(nextSteps(page).getByText(/Nothing to do/)).toHaveCount(0);
    await expect(nextSteps(page).getByRole("listitem").first()).toHaveText(firstStep!);
    await expect(progress(page).getByText(/settled or not applicable \(/)).toHaveText(overall!);

    await page.getByRole("link", { name: /Show removed partners/ }).click();
    await page.waitForURL(/removed=1/);
    expect(page.url()).toContain("stage=BLOCKED");
    await expect(page.getByLabel("Stage", { exact: true })).toHaveValue("BLOCKED");
    // And a filter chosen now keeps the removed partners.
    await page.getByLabel("Service", { exact: true }).selectOption({ label: "Legal" });
    await page.waitForURL(/service=LEGAL/);
    expect(page.url()).toContain("removed=1");
    await page.getByRole("link", { name: "Clear filters" }).click();
    await page.waitForURL((url) => !url.search.includes("stage="));
    await expect(page.getByLabel("Stage", { exact: true })).toHaveValue("");
    expect(page.url()).toContain("removed=1");
  });

  test("partner staff see the next steps in the guide's order, their own first within a group", async ({ page }) => {
    await signInAs(page, "partner@consort.test");
    const href = await openProgramme(page);
    await page.goto(`${href}/services?steps=all`);
    const groups = await nextSteps(page).locator("p.text-xs").allTextContents();
    const order = ["The guide starts with", "Next come", "Then each partner", "Finally"];
    const ranks = groups.map((g) => order.findIndex((start) => g.startsWith(start)));
    expect(ranks.length).toBeGreaterThan(1);
    expect(ranks).not.toContain(-1);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(new Set(ranks).size).toBe(ranks.length); // each heading once
    await expect(nextSteps(page).getByText(/'s (Internationalisation|Teaching|Programme|IT|Legal|Student)/)).toHaveCount(0);
  });

  test("the matrix is one tab stop: arrows, Home and End move between cells, Enter opens one", async ({ page }) => {
    await signInAs(page, "leader@consort.test");
    await openProgramme(page);
    const cells = matrix(page).getByRole("grid").getByRole("link");
    await expect(cells.first()).toHaveAttribute("tabindex", "0");
    const count = await cells.count();
    expect(count).toBeGreaterThanOrEqual(30);

    // Tab into the grid from the control before it, and straight out of it with one more Tab.
    await page.getByRole("link", { name: /Show removed partners/ }).focus();
    await page.keyboard.press("Tab");
    await expect(cells.first()).toBeFocused();
    const first = await focusedText(page);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest("[role=grid]")))).toBe(false);
    await page.keyboard.press("Shift+Tab");
    await expect(cells.first()).toBeFocused();

    const rowCells = page.getByRole("grid").getByRole("row").nth(1).getByRole("gridcell");
    await page.keyboard.press("ArrowRight");
    await expect(rowCells.nth(1).getByRole("link")).toBeFocused();
    await page.keyboard.press("End");
    await expect(rowCells.last().getByRole("link")).toBeFocused();
    await page.keyboard.press("ArrowRight"); // stops at the edge
    await expect(rowCells.last().getByRole("link")).toBeFocused();
    await page.keyboard.press("Home");
    await expect(rowCells.first().getByRole("link")).toBeFocused();
    await page.keyboard.press("ArrowDown");
    const secondRow = page.getByRole("grid").getByRole("row").nth(2).getByRole("gridcell");
    await expect(secondRow.first().getByRole("link")).toBeFocused();
    await page.keyboard.press("Control+End");
    await expect(cells.last()).toBeFocused();
    await page.keyboard.press("Control+Home");
    expect(await focusedText(page)).toBe(first);
    // The cell last visited stays the tab stop; every other cell is out of the tab order.
    await expect(page.locator("[role=grid] a[tabindex='0']")).toHaveCount(1);
    await expect(page.locator("[role=grid] a[tabindex='-1']")).toHaveCount(count - 1);

    await page.keyboard.press("ArrowDown");
    const name = (await secondRow.first().getByRole("link").textContent())!;
    const [shortName, rest] = name.split(", ");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: `${shortName} · ${rest!.split(":")[0]}` })).toBeVisible();
  });

  test("at 390 px the tracker is no wider than the screen and passes axe", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await signInAs(page, "leader@consort.test");
    await openProgramme(page);
    await expect(page.getByRole("grid")).toBeVisible();
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }));
    expect(scrollWidth).toBeLessThanOrEqual(innerWidth);
    await expectNoAxeViolations(page);
  });

  test("at 1400 px the tracker with its grid passes axe", async ({ page }) => {
    await page.setViewportSize({ width: 1400, height: 900 });
    await signInAs(page, "leader@consort.test");
    await openProgramme(page);
    await expect(page.getByRole("grid")).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the filters apply with the button, keep the removed partners, and every cell is a plain link", async ({ page }) => {
    await signInAs(page, "leader@consort.test");
    await openProgramme(page);
    await expect(page.getByRole("grid")).toHaveCount(0);
    const cells = matrix(page).getByRole("table").getByRole("link");
    expect(await cells.count()).toBeGreaterThanOrEqual(30);
    await expect(matrix(page).locator("a[tabindex]")).toHaveCount(0);

    await page.getByRole("link", { name: /Show removed partners/ }).click();
    await page.waitForURL(/removed=1/);
    await page.getByLabel("Stage", { exact: true }).selectOption({ label: "Blocked" });
    await page.getByRole("button", { name: "Apply filters" }).click();
    await page.waitForURL(/stage=BLOCKED/);
    expect(page.url()).toContain("removed=1");
    await expect(nextSteps(page).getByText(/Nothing to do/)).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Hide removed partners" })).toBeVisible();
  });
});
