// The layout every page shares (skip link, header, main navigation, user menu), scanned whole once
// per role and width, so that pages.spec.ts can scan only each page's main landmark. And the files
// in public/ that browsers and crawlers ask for: there, served to anyone, never sent to /login.
import { expect, expectNoAxeViolations, expectNoHorizontalOverflow, test, watchForBrokenRequests } from "./fixtures";
import { NARROW, ROLE_EMAIL, WIDE, type Role } from "./pages-catalogue";

for (const width of [WIDE, NARROW]) {
  test.describe(`at ${width.name}`, () => {
    test.use({ viewport: width.viewport });

    test("the sign-in page, whole", async ({ page }) => {
      const problems = watchForBrokenRequests(page);
      await page.goto("/login");
      await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
      await expectNoHorizontalOverflow(page);
      await expectNoAxeViolations(page);
      expect(problems).toEqual([]);
    });

    for (const role of Object.keys(ROLE_EMAIL) as Role[]) {
      test.describe(role, () => {
        test.use({ signedInAs: ROLE_EMAIL[role] });
        test("the app layout around My programmes, whole", async ({ page }) => {
          const problems = watchForBrokenRequests(page);
          await page.goto("/programmes");
          await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
          await expect(page.getByRole("heading", { level: 1, name: "My programmes" })).toBeVisible();
          await expectNoHorizontalOverflow(page);
          await expectNoAxeViolations(page);
          expect(problems).toEqual([]);
        });
      });
    }
  });
}

test("favicon, icons, robots.txt and the web manifest are served to anyone, and every page links them", async ({ page, request }) => {
  const served = async (path: string, type: RegExp) => {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(200);
    expect(response.headers()["content-type"], path).toMatch(type);
    return response;
  };
  await served("/favicon.ico", /^image\/(x-icon|vnd\.microsoft\.icon)/);
  await served("/apple-touch-icon.png", /^image\/png/);
  expect(await (await served("/robots.txt", /^text\/plain/)).text()).toMatch(/^User-agent: \*\nDisallow: \/$/m);

  type Manifest = {
    name: string;
    short_name: string;
    start_url: string;
    display: string;
    theme_color: string;
    icons: { src: string; type: string; sizes: string }[];
  };
  const manifest = (await (await served("/manifest.webmanifest", /^application\/manifest\+json/)).json()) as Manifest;
  expect(manifest).toMatchObject({
    name: expect.stringContaining("Consort"),
    short_name: "Consort",
    start_url: "/programmes",
    display: "standalone",
  });
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  expect(manifest.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(["192x192", "512x512"]));
  for (const icon of manifest.icons) await served(icon.src, new RegExp(`^${icon.type.replace("+", "\\+")}`));

  await page.goto("/login");
  await expect(page.locator('head link[rel="manifest"]')).toHaveAttribute("href", "/manifest.webmanifest");
  await expect(page.locator('head link[rel="icon"]').first()).toHaveAttribute("href", "/favicon.ico");
  await expect(page.locator('head meta[name="robots"]')).toHaveAttribute("content", /noindex/);
});
