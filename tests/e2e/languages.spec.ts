// Every page, read in Dutch and in Polish: the page says so in <html lang> and no English is left on
// it (except names and what people typed). Each page once, by the role that sees most of it: the
// team leader (every programme page, with the most controls), the outsider (the same pages in a
// programme with nothing in it yet: the empty states) and the admin. Every role's view of every page
// is read in the pseudo-locale by pages.spec.ts, which finds any text that escaped translation.
import { expect, test } from "./fixtures";
import { PAGES, ROLE_EMAIL, Site, WIDE, type Role } from "./pages-catalogue";
import { untranslatedTexts } from "./untranslated";
import { LOCALE_COOKIE } from "../../lib/i18n/locales";

test.describe.configure({ mode: "parallel" });

const READERS: Role[] = ["leader", "outsider", "admin"];

for (const role of READERS) {
  test.describe(role, () => {
    test.use({ viewport: WIDE.viewport, signedInAs: ROLE_EMAIL[role] });
    for (const kind of PAGES[role]) {
      test(kind.name, async ({ page, baseURL }) => {
        const url = await kind.find(new Site(page.request, role));
        for (const locale of ["nl", "pl"] as const) {
          await page.context().addCookies([{ name: LOCALE_COOKIE, value: locale, url: baseURL! }]);
          const response = await page.goto(url);
          expect(response?.status(), `${url} as ${role} in ${locale}`).toBe(200);
          await expect(page.locator("html")).toHaveAttribute("lang", locale);
          await expect(page.getByRole("main").getByRole("heading", { level: 1 })).toBeVisible();
          expect(await untranslatedTexts(page, locale), `English left on ${url} in ${locale}`).toEqual([]);
        }
      });
    }
  });
}
