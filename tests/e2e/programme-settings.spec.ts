// The team leader edits the programme's details and phase on Settings, with JavaScript and as a
// plain form post without it.
import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, signInAs, test } from "./fixtures";

/** A fresh programme led by a lead-university colleague, so the demo accounts keep their seeded programmes. */
async function createProgramme(page: Page): Promise<string> {
  await signInAs(page, "pieter.jansen@rijnmond.test");
  await page.goto("/programmes/new");
  await page.getByLabel("Title").fill(`Settings Programme ${Date.now()}`);
  await page.getByLabel("Workload (ECTS)").fill("10");
  await page.getByRole("button", { name: "Create programme" }).click();
  await page.waitForURL(/\/settings\?created=1/);
  return page.url().replace(/\?.*$/, "");
}

const details = (page: Page) => page.getByRole("form", { name: "Programme details" });

test("the team leader edits the details and phase; a wrong value is refused beside its field and the rest is kept", async ({ page }) => {
  test.slow(); // several pages or sign-ins: three times the (machine-scaled) budget
  await createProgramme(page);
  const form = details(page);
  await expect(form.getByLabel("Phase")).toHaveValue("DESIGN");

  // "ab" passes the browser's own checks; the server refuses it beside the field.
  await form.getByLabel("Title").fill("ab");
  await form.getByLabel("Workload (ECTS)").fill("7.5");
  await form.getByLabel("Phase").selectOption({ label: "Development" });
  await form.getByRole("button", { name: "Save details" }).click();
  await expect(form.getByText("Give the programme a title of at least 3 characters.")).toBeVisible();
  // What was typed stays, so only the highlighted field needs correcting.
  await expect(form.getByLabel("Workload (ECTS)")).toHaveValue("7.5");
  await expect(form.getByLabel("Phase")).toHaveValue("DEVELOPMENT");

  await form.getByLabel("Title").fill("Water Data Stewardship");
  await form.getByLabel("Summary").fill("Six weeks online, then a week on site.");
  await form.getByLabel("Planned start (optional)").fill("2027-09-01");
  await form.getByRole("button", { name: "Save details" }).click();
  await expect(form.getByRole("status")).toHaveText("Saved the title, summary, workload, planned start and phase.");
  await expect(page.getByText("7.5 ECTS · EQF 7")).toBeVisible();
  await expect(page.getByText("Water Data Stewardship", { exact: true })).toBeVisible();

  await page.reload();
  await expect(details(page).getByLabel("Phase")).toHaveValue("DEVELOPMENT");
  await expect(details(page).getByLabel("Planned start (optional)")).toHaveValue("2027-09-01");
  await expectNoAxeViolations(page);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the details form saves as a plain form post and shows field errors", async ({ page }) => {
    test.slow(); // several pages or sign-ins: three times the (machine-scaled) budget
    await createProgramme(page);
    await details(page).getByLabel("Title").fill("ab");
    await details(page).getByRole("button", { name: "Save details" }).click();
    await expect(details(page).getByText("Give the programme a title of at least 3 characters.")).toBeVisible();

    await details(page).getByLabel("Title").fill("Plain Post Programme");
    await details(page).getByLabel("Phase").selectOption({ label: "Approval" });
    await details(page).getByRole("button", { name: "Save details" }).click();
    await expect(details(page).getByText("Saved the title and phase.")).toBeVisible();
    await expect(details(page).getByLabel("Phase")).toHaveValue("APPROVAL");
    await expect(page.getByText("Plain Post Programme", { exact: true })).toBeVisible();
  });
});
