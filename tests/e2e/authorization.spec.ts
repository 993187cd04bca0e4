// Every programme page over HTTP, through the real proxy, layouts and pages: an outsider (member of
// another programme only) gets a 404 that reveals nothing; an anonymous visitor is sent to sign in.
// tests/integration/authorization-pages.test.ts proves the same page by page in-process.
import type { Browser, Page } from "@playwright/test";
import { expect, expectNoAxeViolations, signInAs, test } from "./fixtures";

async function firstLink(page: Page, url: string, pattern: RegExp): Promise<string | undefined> {
  await page.goto(url);
  const hrefs = await page.locator("main a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  return hrefs.map((h) => h.split(/[?#]/)[0]!).find((h) => pattern.test(h));
}

/** The leader's programme and one of each kind of detail page in it, found by following links. */
async function programmeUrls(browser: Browser): Promise<{ urls: string[]; title: string }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, "leader@consort.test");
  const home = await firstLink(page, "/programmes", /^\/programmes\/(?!new$)[^/]+$/);
  expect(home, "the demo leader has a programme").toBeTruthy();
  const title = (await page.locator(`main a[href="${home}"]`).first().innerText()).trim();
  const sections = ["", "/services", "/advice", "/advice/new", "/board", "/board/new", "/task-force", "/people", "/settings", "/audit"].map(
    (s) => `${home}${s}`,
  );
  const details = [
    await firstLink(page, `${home}/services`, /\/services\/[^/]+$/),
    await firstLink(page, `${home}/advice`, /\/advice\/(?!new$|export$)[^/]+$/),
    await firstLink(page, `${home}/board`, /\/board\/\d+$/),
  ].filter((u): u is string => !!u);
  expect(details.length, "found an engagement, an advice entry and a board issue to try").toBe(3);
  const advice = details[1]!;
  await context.close();
  return { urls: [...sections, ...details, `${advice}/history`, `${advice}/edit`], title };
}

// Found once per worker: three tests below share the leader's addresses.
let found: Promise<{ urls: string[]; title: string }> | undefined;
const leaderProgrammeUrls = (browser: Browser) => (found ??= programmeUrls(browser));

test("outsiders get 404 that reveals nothing on every programme page", async ({ browser, page }) => {
  test.slow(); // two sign-ins and a dozen pages
  const { urls, title } = await leaderProgrammeUrls(browser);
  await signInAs(page, "outsider@consort.test");
  for (const url of urls) {
    const response = await page.goto(url);
    expect(response?.status(), `${url} as outsider`).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(page.getByText(title, { exact: false })).toHaveCount(0);
  }
});

test("anonymous visitors are sent to sign in from every programme page", async ({ browser, page }) => {
  test.slow(); // a sign-in (to find the addresses) and a dozen pages
  const { urls } = await leaderProgrammeUrls(browser);
  for (const url of urls) {
    await page.goto(url);
    await expect(page, `${url} anonymously`).toHaveURL(/\/login/);
  }
});

test("the 404 page an outsider gets passes an axe scan", async ({ browser, page }) => {
  const { urls } = await leaderProgrammeUrls(browser);
  await signInAs(page, "outsider@consort.test");
  const response = await page.goto(urls.find((url) => url.endsWith("/board"))!);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expectNoAxeViolations(page);
});
