import { expect, expectNoAxeViolations, signInThroughForm, test } from "./fixtures";

test("the sign-in page is accessible", async ({ page }) => {
  await page.goto("/login");
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the team leader signs in through the form and sees their programmes", async ({ page }) => {
  await signInThroughForm(page, "leader@consort.test");
  await expect(page.getByRole("heading", { level: 1, name: "My programmes" })).toBeVisible();
  // The seeded demo partnership's main programme, led by the leader.
  await expect(page.getByRole("link", { name: "Climate-Resilient Urban Water Management" })).toBeVisible();
  await expectNoAxeViolations(page);
});
