// Every page each role may open, at 1400 px and 390 px: it opens, nothing on it is wider than the
// viewport, no request on it fails, and axe finds nothing in its main landmark (WCAG A/AA and best
// practices). One axe scan per test; the layout around <main> is scanned in pages-layout.spec.ts.
import { expect, expectNoAxeViolations, expectNoHorizontalOverflow, test, watchForBrokenRequests } from "./fixtures";
import { PAGES, ROLE_EMAIL, Site, WIDTHS, type Role } from "./pages-catalogue";

// Each test opens one page and only reads: they spread over both workers.
test.describe.configure({ mode: "parallel" });

for (const role of Object.keys(PAGES) as Role[]) {
  for (const width of WIDTHS) {
    test.describe(`${role} at ${width.name}`, () => {
      test.use({
        viewport: width.viewport,
        signedInAs: ROLE_EMAIL[role],
      });
      for (const kind of PAGES[role]) {
        test(kind.name, async ({ page }) => {
          const url = await kind.find(new Site(page.request, role));
          const problems = watchForBrokenRequests(page);
          const response = await page.goto(url);
          expect(response?.status(), `${url} as ${role}`).toBe(200);
          await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toBeVisible();
          await expectNoHorizontalOverflow(page);
          await expectNoAxeViolations(page, { scope: "main" });
          expect(problems, `failed requests or console errors on ${url}`).toEqual([]);
        });
      }
    });
  }
}
