// Sign-in and sign-out as an attacker would probe them: where `next` may send the browser, and
// whether a copied session cookie outlives "Sign out". Camille's account is used by no other spec.
import type { Browser, Page } from "@playwright/test";
import { expect, signInAs, test } from "./fixtures";

const CAMILLE = "camille.laurent@univ-confluence.test";

async function signInThroughForm(page: Page, next: string) {
  await page.goto(`/login?next=${next}`);
  await page.getByLabel("Email").fill(CAMILLE);
  await page.getByLabel("Password").fill("consort-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** A second browser that holds only a copy of `page`'s cookies. */
async function browserWithCopiedCookies(browser: Browser, page: Page) {
  const context = await browser.newContext();
  await context.addCookies(await page.context().cookies());
  return context.newPage();
}

for (const javaScriptEnabled of [true, false]) {
  test.describe(`next after sign-in (JavaScript ${javaScriptEnabled ? "on" : "off"})`, () => {
    test.use({ javaScriptEnabled });

    test("a next that leaves the site (/\\evil.example) lands on My programmes instead", async ({ page, baseURL }) => {
      await signInThroughForm(page, "/%5Cevil.example/x");
      await page.waitForURL((url) => url.pathname === "/programmes" || url.hostname === "evil.example");
      expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
      await expect(page.getByRole("heading", { level: 1, name: "My programmes" })).toBeVisible();
    });

    test("a next on the site is where sign-in goes", async ({ page }) => {
      await signInThroughForm(page, "/account");
      await expect(page).toHaveURL(/\/account$/);
      await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
    });
  });
}

test("after Sign out, a copy of the session cookie no longer signs anyone in", async ({ page, browser }) => {
  await signInAs(page, CAMILLE);
  const thief = await browserWithCopiedCookies(browser, page);
  // While the session lives, the copy works: that is what makes the check below meaningful.
  await thief.goto("/programmes");
  await expect(thief.getByRole("heading", { level: 1, name: "My programmes" })).toBeVisible();

  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/login/);

  await thief.goto("/programmes");
  await expect(thief).toHaveURL(/\/login/);
  await expect(thief.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await thief.context().close();
});

test("a signed-out visitor following a link (say, from an e-mail) signs in and lands where the link pointed", async ({ page }) => {
  await page.goto("/notifications?show=unread");
  await expect(page).toHaveURL(/\/login\?next=%2Fnotifications%3Fshow%3Dunread$/);
  await page.getByLabel("Email").fill("partner@consort.test");
  await page.getByLabel("Password").fill("consort-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/notifications\?show=unread$/);
  await expect(page.getByRole("heading", { level: 1, name: "Notifications" })).toBeVisible();
});
