// Choosing a language, as people do: a first visit follows the browser, the sign-in page has a
// switch that works without JavaScript and carries the choice into the app, and the header's switch
// stores the choice on the person, so it follows them to another browser. Tomasz (a demo user no
// other spec signs in as) is the one who changes his stored language.
import { DEMO_PASSWORD, addSessionCookie, expect, test } from "./fixtures";
import pg from "pg";

const TOMASZ = "tomasz.wisniewski@vut.test";

async function resetStoredLanguage() {
  const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 });
  await pool.query(`UPDATE "User" SET "locale" = NULL WHERE "email" = $1`, [TOMASZ]);
  await pool.end();
}

test.describe("a browser that asks for Polish", () => {
  test.use({ locale: "pl-PL" });

  test("gets the sign-in page in Polish on its first visit", async ({ page }) => {
    await page.goto("/login");
    await expect(page.locator("html")).toHaveAttribute("lang", "pl");
    await expect(page.getByRole("heading", { level: 1, name: "Logowanie" })).toBeVisible();
    await expect(page.getByLabel("Język")).toHaveValue("pl");
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the sign-in page's switch changes the language, and signing in keeps it", async ({ page }) => {
    await page.goto("/login");
    await page.getByLabel("Language").selectOption("de");
    await page.getByRole("button", { name: "Change" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    await page.getByLabel("E-Mail-Adresse").fill("partner@consort.test");
    await page.getByLabel("Passwort").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Anmelden" }).click();
    await page.waitForURL(/\/programmes$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    await expect(page.getByRole("heading", { level: 1, name: "Meine Programme" })).toBeVisible();
  });
});

test.describe("signed in", () => {
  test.afterEach(resetStoredLanguage);

  test("the header's switch applies at once, is stored on the person and follows them to another browser", async ({ page, browser }) => {
    await resetStoredLanguage();
    await addSessionCookie(page.context(), TOMASZ);
    await page.goto("/programmes");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.getByLabel("Language").selectOption("nl"); // with the mouse: applies on choosing
    await expect(page.locator("html")).toHaveAttribute("lang", "nl");
    await expect(page.getByRole("heading", { level: 1, name: "Mijn programma’s" })).toBeVisible();
    await expect(page.getByLabel("Taal")).toHaveValue("nl");

    // Another browser, no cookie: the stored choice wins over the browser's English.
    const elsewhere = await browser.newContext({ locale: "en-GB" });
    await addSessionCookie(elsewhere, TOMASZ);
    const other = await elsewhere.newPage();
    await other.goto("/programmes");
    await expect(other.locator("html")).toHaveAttribute("lang", "nl");
    // With the keyboard: stepping through the list does not reload the page; Enter applies the choice.
    const select = other.getByLabel("Taal");
    await select.focus();
    await select.press("ArrowDown");
    await expect(select).toHaveValue("de");
    await expect(other.locator("html")).toHaveAttribute("lang", "nl");
    await select.press("Enter");
    await expect(other.locator("html")).toHaveAttribute("lang", "de");
    await expect(other.getByRole("heading", { level: 1, name: "Meine Programme" })).toBeVisible();
    await elsewhere.close();
  });
});
