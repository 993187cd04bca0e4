// Every board page — kanban, list view, an issue, the new-issue form — at 1400 and 390 px: no sideways
// scrolling at 390 px and an axe scan with nothing left over: WCAG A/AA, best practice and the
// experimental rules (label-content-name-mismatch is one), and none of the "needs review" items
// either (colour contrast it cannot compute, aria-label on a role that forbids it).
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, signInAs, test } from "./fixtures";

const PROGRAMME = "Climate-Resilient Urban Water Management";

/**
 * `hidden-content` lists every element that is hidden at the moment (a closed dialog) for a person to
 * look at: it is never resolved, only reviewed (done: the dialogs are labelled and open on request).
 */
const REVIEWED = new Set(["hidden-content"]);

async function expectAxeClean(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice", "experimental"])
    .setLegacyMode(true) // one run inside the page (see expectNoAxeViolations in fixtures.ts)
    .analyze();
  const describe = (kind: string) => (v: (typeof results.violations)[number]) =>
    `${kind} ${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(" ")).join("\n  ")}`;
  const problems = [
    ...results.violations.map(describe("violation")),
    ...results.incomplete.filter((v) => !REVIEWED.has(v.id)).map(describe("needs review")),
  ];
  expect(problems, `axe on ${page.url()}`).toEqual([]);
}

async function boardUrl(page: Page) {
  await page.getByRole("link", { name: PROGRAMME }).click();
  await page.getByRole("navigation", { name: "Programme" }).getByRole("link", { name: "Board" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Open issues board" })).toBeVisible();
  return new URL(page.url()).pathname;
}

const pages: { name: string; path: (board: string) => string; ready: (page: Page) => Promise<void> }[] = [
  {
    name: "kanban",
    path: (board) => board,
    // The move buttons appear once the page's JavaScript runs: scan the board as people use it.
    ready: (page) => expect(page.getByRole("group", { name: /^Move #/ }).first()).toBeVisible(),
  },
  { name: "list view", path: (board) => `${board}?view=list`, ready: (page) => expect(page.getByRole("table")).toBeVisible() },
  {
    name: "an issue",
    path: (board) => `${board}/1`,
    ready: (page) => expect(page.getByRole("button", { name: "Post comment" })).toBeEnabled(),
  },
  {
    name: "new issue",
    path: (board) => `${board}/new`,
    ready: (page) => expect(page.getByRole("button", { name: "Create issue" })).toBeVisible(),
  },
];

for (const width of [1400, 390]) {
  for (const target of pages) {
    test(`board: ${target.name} at ${width} px fits the screen and passes axe with nothing to review`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await signInAs(page, "leader@consort.test");
      const board = await boardUrl(page);
      await page.goto(target.path(board));
      await target.ready(page);
      const { scrollWidth, innerWidth } = await page.evaluate(() => ({
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
      }));
      expect(scrollWidth, "the page must not scroll sideways").toBeLessThanOrEqual(innerWidth);
      await expectAxeClean(page);
    });
  }
}
