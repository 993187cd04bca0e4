// Stage moves that need care: settling with no advice logged asks for a confirmation and a reason,
// and a reason needs substance. On a fresh programme, so the demo data other specs read stays as seeded.
import type { Page } from "@playwright/test";
import { expect, signInAs, test } from "./fixtures";

async function freshLeadEngagement(page: Page, service: string) {
  await signInAs(page, "pieter.jansen@rijnmond.test");
  await page.goto("/programmes/new");
  await page.getByLabel("Title").fill(`Stage Rules ${Date.now()}`);
  await page.getByLabel("Workload (ECTS)").fill("5");
  await page.getByRole("button", { name: "Create programme" }).click();
  await page.waitForURL(/\/settings\?created=1/);
  await page.getByRole("navigation", { name: "Programme" }).getByRole("link", { name: "Services" }).click();
  await page.getByRole("link", { name: new RegExp(`^RMU, ${service}:`) }).click();
  await expect(page.getByRole("heading", { level: 1, name: `RMU · ${service}` })).toBeVisible();
}

test("settling with no advice logged asks for a confirmation and a reason; a thin reason is refused at the note", async ({ page }) => {
  test.slow(); // several pages or sign-ins: three times the (machine-scaled) budget
  await freshLeadEngagement(page, "IT");
  const stage = page.getByRole("region", { name: "Stage" });
  const note = stage.getByLabel("Note", { exact: true });
  for (const [button, reached] of [
    ["Mark as contacted", "Contacted"],
    ["Start consultation", "In consultation"],
  ] as const) {
    await stage.getByRole("button", { name: button }).click();
    await expect(stage.getByText(`Moved to ${reached}.`)).toBeVisible();
  }

  // A backward move with a two-letter reason: refused, with the note field's own message.
  await expect(stage.getByRole("group", { name: "These moves need a reason in the note:" })).toBeVisible();
  await note.fill("no");
  await stage.getByRole("button", { name: "Back to Contacted" }).click();
  await expect(note).toHaveAccessibleDescription(/at least 10 characters of words/);
  await expect(note).toHaveAttribute("aria-invalid", "true");
  await expect(stage.locator("p").first()).toContainText("In consultation");
  await expect(stage.getByRole("button", { name: /\(reason needed\)/ })).toHaveCount(0);

  await note.fill("");
  await stage.getByRole("button", { name: "Mark advice received" }).click();
  await expect(stage.getByText("Moved to Advice received.")).toBeVisible();

  // Settle without any advice: the box must be ticked and a reason given.
  const confirm = stage.getByRole("checkbox", { name: "Settle without advice logged" });
  await expect(confirm).not.toBeChecked();
  await stage.getByRole("button", { name: "Mark as settled" }).click();
  await expect(confirm).toHaveAccessibleDescription(/No advice is logged for this service/);
  await expect(stage.locator("p").first()).toContainText("Advice received");
  await confirm.check();
  await note.fill("...");
  await stage.getByRole("button", { name: "Mark as settled" }).click();
  await expect(note).toHaveAccessibleDescription(/at least 10 characters of words/);
  await expect(stage.locator("p").first()).toContainText("Advice received");
  await note.fill("IT confirmed by phone that nothing changes");
  await confirm.check();
  await stage.getByRole("button", { name: "Mark as settled" }).click();
  await expect(stage.getByText("Moved to Settled.")).toBeVisible();
  await expect(page.getByRole("region", { name: "History" }).getByText("IT confirmed by phone that nothing changes")).toBeVisible();
  await expect(stage.getByRole("button", { name: "Reopen (back to Not contacted)" })).toBeVisible();
});
