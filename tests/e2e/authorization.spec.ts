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

test("outsiders get 404 and anonymous visitors the sign-in page on every programme page", async ({ browser }) => {
  test.setTimeout(120_000);
  const { urls, title } = await programmeUrls(browser);

  const outsiderContext = await browser.newContext();
  const outsider = await outsiderContext.newPage();
  await signInAs(outsider, "outsider@consort.test");
  for (const url of urls) {
    const response = await outsider.goto(url);
    expect(response?.status(), `${url} as outsider`).toBe(404);
    await expect(outsider.getByText(title, { exact: false })).toHaveCount(0);
  }
  await expectNoAxeViolations(outsider);
  await outsiderContext.close();

  const anonymousContext = await browser.newContext();
  const anonymous = await anonymousContext.newPage();
  for (const url of urls) {
    await anonymous.goto(url);
    await expect(anonymous, `${url} anonymously`).toHaveURL(/\/login/);
  }
  await anonymousContext.close();
});
