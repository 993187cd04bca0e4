// Shared e2e helpers: import `test` and `expect` from here, not from @playwright/test.
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";
import pg from "pg";
import { mintSession, SESSION_COOKIE } from "../support/session-cookie";

export { expect };

export const test = base.extend<{ signedInAs: string | null }>({
  /** `test.use({ signedInAs: email })`: every page of the test opens signed in as that person (see addSessionCookie). */
  signedInAs: [null, { option: true }],
  context: async ({ context, signedInAs }, provide) => {
    if (signedInAs) await addSessionCookie(context, signedInAs);
    await provide(context);
  },
});

export const DEMO_PASSWORD = "consort-demo";

let database: pg.Pool | undefined;

/**
 * Signs in as a demo user and opens "My programmes": the session row and signed cookie a correct
 * password would produce (tests/support/session-cookie.ts), without typing it — a password check
 * costs a deliberate hash. The form itself is driven by signInThroughForm in sign-in.spec.ts and
 * wherever a test is about the password.
 */
export async function signInAs(page: Page, email: string): Promise<void> {
  await addSessionCookie(page.context(), email);
  await page.goto("/programmes");
  await expect(page.getByRole("heading", { level: 1, name: "My programmes" })).toBeVisible();
}

/** What signInAs does before opening a page: this browser context is signed in as `email` from now on. */
export async function addSessionCookie(context: BrowserContext, email: string): Promise<void> {
  const secret = process.env.AUTH_SECRET;
  if (!secret) throw new Error("AUTH_SECRET is not set: run the e2e tests with `npm run test:e2e` (playwright.config.ts sets it).");
  database ??= new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2, allowExitOnIdle: true });
  const { cookieValue } = await mintSession(database, email, secret);
  const url = test.info().project.use.baseURL!;
  await context.addCookies([{ name: SESSION_COOKIE, value: cookieValue, url, httpOnly: true, sameSite: "Lax" }]);
}

/** Signs in through the real /login form and waits for "My programmes". */
export async function signInThroughForm(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(/\/programmes(\?|$)/);
}

/** WCAG 2.0–2.2 A and AA, plus axe's best practices (landmarks, heading order, region names…). */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

export type AxeScanOptions = {
  /**
   * "main": scan only the page's main landmark. Use it wherever the layout around it (skip link,
   * header, navigation) is scanned by its own test (tests/e2e/pages-layout.spec.ts): one scan of a
   * whole page costs several seconds on a busy 2-core machine, and the layout is the same on every page.
   * Page-level rules (one main landmark, a level-one heading, content inside landmarks) run only
   * on whole-page scans.
   */
  scope?: "main";
};

/**
 * Fails with axe's own description of every violation on the current page, and of every colour-contrast
 * check axe could not decide ("needs review"): a reviewer would have to resolve those by hand, so a
 * page must give axe plain colours to compare. Call it once per test: a scan takes seconds under load.
 */
export async function expectNoAxeViolations(page: Page, options: AxeScanOptions = {}): Promise<void> {
  // Legacy mode runs axe once inside the page. The default also opens a blank page, injects axe
  // there again and merges per-frame results: for frames from other origins, which Consort has
  // none of, at twice the cost — it made scans of long pages take 20 s on a busy 2-core machine.
  let builder = new AxeBuilder({ page }).withTags(AXE_TAGS).setLegacyMode(true);
  if (options.scope === "main") builder = builder.include("main");
  const results = await builder.analyze();
  // Glyphs such as ✓ or ● (aria-hidden beside their text) are always "needs review" for axe: it does not
  // compare colours of non-text characters. Every other undecided contrast check has a cause a page can fix.
  const unresolvedContrast = results.incomplete
    .filter((item) => item.id === "color-contrast")
    .map((item) => ({ ...item, nodes: item.nodes.filter((node) => !node.any.every((check) => check.data?.messageKey === "nonBmp")) }))
    .filter((item) => item.nodes.length > 0);
  const summary = [...results.violations, ...unresolvedContrast].map(
    (v) =>
      `${v.id} (${v.impact ?? "needs review"}): ${v.help}\n  ${v.nodes
        .map((n) => `${n.target.join(" ")}${unresolvedContrast.includes(v) ? ` — ${n.any.map((c) => c.message).join("; ")}` : ""}`)
        .join("\n  ")}`,
  );
  expect(summary, `axe violations on ${page.url()}${options.scope ? ` (in ${options.scope})` : ""}`).toEqual([]);
}

/** Fails when the page scrolls sideways: nothing may be wider than the viewport (checked at 390 px in the pages specs). */
export async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const widths = await page.evaluate(() => {
    const viewport = window.innerWidth;
    const scrollWidth = document.documentElement.scrollWidth;
    if (scrollWidth <= viewport) return { scrollWidth, viewport, culprits: [] };
    // Name what pushes the page past the viewport: elements sticking out that no scrolling box clips.
    const clipped = (element: Element) => {
      for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
        if (getComputedStyle(parent).overflowX !== "visible") return true;
      }
      return false;
    };
    const outside = [...document.querySelectorAll("body *")].filter((element) => element.getBoundingClientRect().right > viewport + 0.5);
    // An absolutely positioned element escapes a scrolling ancestor that is not its containing block,
    // so the clipped ones are named too when no unclipped one is found.
    const unclipped = outside.filter((element) => !clipped(element));
    const culprits = (unclipped.length > 0 ? unclipped : outside)
      .slice(0, 5)
      .map(
        (element) =>
          `<${element.tagName.toLowerCase()} class="${element.getAttribute("class") ?? ""}"> right edge ${Math.round(element.getBoundingClientRect().right)} px`,
      );
    return { scrollWidth, viewport, culprits };
  });
  expect(widths.scrollWidth, `page is wider than the ${widths.viewport} px viewport: ${widths.culprits.join(", ")}`).toBeLessThanOrEqual(
    widths.viewport,
  );
}

/** Same-origin responses that failed (a missing favicon, a broken image) and console errors, as they happen. */
export function watchForBrokenRequests(page: Page): string[] {
  const problems: string[] = [];
  page.on("response", (response) => {
    if (response.status() >= 400) {
      problems.push(`${response.status()} ${response.request().method()} ${response.url()}`);
    }
  });
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text()}`);
  });
  return problems;
}
