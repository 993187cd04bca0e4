// "Your account" → Password, as a person uses it: from the header, by keyboard, at 390 px, with and
// without JavaScript. Tomasz's and Lucía's accounts are used by no other spec (their passwords change).
import type { Browser, Page } from "@playwright/test";
import { DEMO_PASSWORD, expect, expectNoAxeViolations, signInAs, signInThroughForm, test } from "./fixtures";

async function fillPasswordForm(page: Page, current: string, next: string, again = next) {
  await page.getByLabel("Current password").fill(current);
  await page.getByLabel(/^New password( \*)?$/).fill(next);
  await page.getByLabel("New password again").fill(again);
}

async function signedInElsewhere(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, email);
  return page;
}

test("changing your password keeps you signed in here and signs out your other browser", async ({ page, browser }) => {
  const email = "tomasz.wisniewski@vut.test";
  const other = await signedInElsewhere(browser, email);
  await signInAs(page, email);
  await page.getByRole("link", { name: "Your account" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();

  // Keyboard only: type, Tab to the next field, Enter submits.
  await page.getByLabel("Current password").fill(DEMO_PASSWORD);
  await page.keyboard.press("Tab");
  await page.keyboard.type("tomasz's new password 2026");
  await page.keyboard.press("Tab");
  await page.keyboard.type("tomasz's new password 2026");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("region", { name: "Password" }).getByRole("status")).toHaveText(
    "Password changed. You are still signed in here; every other browser has been signed out.",
  );
  await expect(page.getByLabel("Current password")).toHaveValue("");

  await page.goto("/programmes");
  await expect(page.getByRole("heading", { level: 1, name: "My programmes" })).toBeVisible();
  await other.goto("/programmes");
  await expect(other).toHaveURL(/\/login/);
  await signInThroughForm(other, email, "tomasz's new password 2026");
  await other.context().close();
});

test("a wrong current password or a mismatched repeat is explained beside the field, and the typing survives", async ({ page }) => {
  await signInAs(page, "lucia.fernandez@ulevante.test");
  await page.goto("/account");
  await fillPasswordForm(page, DEMO_PASSWORD, "lucía's new password 1", "lucía's new password 2");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByLabel("New password again")).toHaveAccessibleDescription("Type the same new password twice.");
  await expect(page.getByLabel(/^New password( \*)?$/)).toHaveValue("lucía's new password 1");
  await expect(page.getByRole("region", { name: "Password" }).getByRole("alert")).toHaveText("Please correct the highlighted fields.");
  await expectNoAxeViolations(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form posts and answers: wrong current password, then a change that works", async ({ page }) => {
    const email = "lucia.fernandez@ulevante.test";
    await signInAs(page, email);
    await page.goto("/account");
    await fillPasswordForm(page, "not my password", "lucía's new password 2026");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByLabel("Current password")).toHaveAccessibleDescription(/That is not your current password/);

    await fillPasswordForm(page, DEMO_PASSWORD, "lucía's new password 2026");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByRole("region", { name: "Password" }).getByRole("status")).toContainText("Password changed.");
    await page.getByRole("button", { name: "Sign out", exact: true }).click();
    await signInThroughForm(page, email, "lucía's new password 2026");
  });
});

test("at 390 px the account page fits the screen", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAs(page, "camille.laurent@univ-confluence.test");
  await page.goto("/account");
  await expect(page.getByRole("heading", { level: 2, name: "Password" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await page.screenshot({ path: "test-results/account-390.png", fullPage: true });
});
