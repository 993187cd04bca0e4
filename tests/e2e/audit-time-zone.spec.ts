// Times are shown in the reader's time zone and say which: the browser's by default (sent in a
// cookie, no setting needed), or the one chosen on "Your account" — with JavaScript and without it.
import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, signInAs, test } from "./fixtures";

const MAIN = "Climate-Resilient Urban Water Management";

/** The first issue's page; its activity list carries the moments we read. */
async function openFirstIssue(page: Page) {
  await page.goto("/programmes");
  await page.getByRole("main").getByRole("link", { name: MAIN }).click();
  // The click navigates (client-side with JavaScript): wait for the programme's page, whichever it is.
  await page.waitForURL(/\/programmes\/(?!new\b)[^/?]+(\/[a-z-]+)?(\?|$)/);
  await page.goto(`${page.url().split("?")[0]!.split("/").slice(0, 5).join("/")}/board/1`);
  return page.getByRole("list", { name: "Activity history" }).locator("time").first();
}

async function chooseZone(page: Page, label: string) {
  await page.getByRole("banner").getByRole("link", { name: "Your account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  await page.getByLabel("Show times in").selectOption({ label });
  await page.getByRole("button", { name: "Save time zone" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
}

test.describe("with the browser in New York", () => {
  test.use({ timezoneId: "America/New_York" });

  test("times follow the browser until the person chooses a zone, then the chosen one", async ({ page }) => {
    test.slow(); // several pages or sign-ins: three times the (machine-scaled) budget
    await signInAs(page, "sanne.bakker@rijnmond.test");
    const moment = await openFirstIssue(page);
    // The first page may still be in UTC; the browser's zone arrives with one refresh.
    await expect(moment).toHaveText(/, \d{2}:\d{2} GMT-5$/);

    // Node's ICU lists some zones under their older names (Asia/Calcutta): Tokyo has one name.
    await chooseZone(page, "Asia/Tokyo");
    await expect(page.getByText("Times are shown in Asia/Tokyo, your chosen time zone.")).toBeVisible();
    await expectNoAxeViolations(page);
    const chosen = await openFirstIssue(page);
    await expect(chosen).toHaveText(/, \d{2}:\d{2} GMT\+9$/);
    // The same moment, said in the chosen zone.
    const utc = Date.parse((await chosen.getAttribute("datetime"))!);
    const tokyo = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "Asia/Tokyo" }).format(utc);
    await expect(chosen).toContainText(tokyo);

    await chooseZone(page, "Use my browser's time zone (now America/New_York)");
    await expect(await openFirstIssue(page)).toHaveText(/GMT-5$/);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a person chooses a time zone with a plain form post and sees times in it", async ({ page }) => {
    test.slow(); // several pages or sign-ins: three times the (machine-scaled) budget
    await signInAs(page, "pieter.jansen@rijnmond.test");
    // No script, no browser zone: UTC, and the page says so.
    await expect(await openFirstIssue(page)).toHaveText(/UTC$/);
    await chooseZone(page, "Europe/Warsaw");
    await expect(await openFirstIssue(page)).toHaveText(/ (CET|CEST)$/);
    await chooseZone(page, "Use my browser's time zone");
    await expect(page.getByText(/Times are shown in UTC until your browser tells Consort/)).toBeVisible();
  });
});
