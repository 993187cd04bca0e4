// Every page each role may open, read in the pseudo-locale (English accented and 40 % longer, so
// text that escaped translation and layouts that break on longer languages show): it opens, says
// its language in <html lang>, holds no untranslated text, nothing on it is wider than the viewport
// at 1400 px or at 390 px, no request on it fails, and axe finds nothing in its main landmark (WCAG
// A/AA and best practices). No element is shown or hidden by width
// (components/width-independent-markup.test.ts), so one axe scan per test covers the page: at 390 px,
// where tables scroll and scrollable regions must be reachable by keyboard. The layout around <main>
// is scanned whole at both widths in pages-layout.spec.ts; Dutch and Polish in languages.spec.ts.
import { expect, expectNoAxeViolations, expectNoHorizontalOverflow, test, watchForBrokenRequests } from "./fixtures";
import { NARROW, PAGES, ROLE_EMAIL, Site, WIDE, type Role } from "./pages-catalogue";
import { untranslatedTexts } from "./untranslated";
import { LOCALE_COOKIE, PSEUDO_LOCALE } from "../../lib/i18n/locales";

// Each test opens one page and only reads: they spread over both workers.
test.describe.configure({ mode: "parallel" });

for (const role of Object.keys(PAGES) as Role[]) {
  test.describe(role, () => {
    test.use({ viewport: WIDE.viewport, signedInAs: ROLE_EMAIL[role] });
    for (const kind of PAGES[role]) {
      test(kind.name, async ({ page, baseURL }) => {
        const url = await kind.find(new Site(page.request, role));
        await page.context().addCookies([{ name: LOCALE_COOKIE, value: PSEUDO_LOCALE, url: baseURL! }]);
        const problems = watchForBrokenRequests(page);
        const response = await page.goto(url);
        expect(response?.status(), `${url} as ${role}`).toBe(200);
        await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toBeVisible();
        await expect(page.locator("html")).toHaveAttribute("lang", PSEUDO_LOCALE);
        expect(await untranslatedTexts(page, PSEUDO_LOCALE), `untranslated text on ${url}`).toEqual([]);
        await expectNoHorizontalOverflow(page);
        await page.setViewportSize(NARROW.viewport);
        await expectNoHorizontalOverflow(page);
        await expectNoAxeViolations(page, { scope: "main" });
        expect(problems, `failed requests or console errors on ${url}`).toEqual([]);
      });
    }
  });
}
