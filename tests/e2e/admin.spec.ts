import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, signInAs, signInThroughForm, test } from "./fixtures";

// Unique per run, so the spec also passes against a database it has run against before.
const run = Date.now().toString(36).slice(-5).toUpperCase();

async function createInstitution(page: Page, name: string, shortName: string) {
  await page.goto("/admin/institutions/new");
  await page.getByLabel("Name", { exact: false }).first().fill(name);
  await page.getByLabel("Short name").fill(shortName);
  await page.getByLabel("Country").fill("Portugal");
  await page.getByLabel("City").fill("Porto");
  await page.getByRole("button", { name: "Create institution" }).click();
}

test("an admin creates an institution and a user, deactivates the user, and the user can no longer sign in", async ({ page, browser }) => {
  // A whole flow (two sign-ins, eleven form posts): three times the measured, scaled budget of one page.
  test.slow();
  await signInAs(page, "admin@consort.test");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Admin overview" })).toBeVisible();

  // A taken short name is refused beside the field, and what was typed stays in the form.
  await createInstitution(page, `Porto Polytechnic ${run}`, "RMU");
  await expect(page.getByText(/The short name “RMU” is already used by Rijnmond University/).first()).toBeVisible();
  await expect(page.getByLabel("City")).toHaveValue("Porto");
  await page.getByLabel("Short name").fill(`PP${run}`);
  await page.getByRole("button", { name: "Create institution" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Porto Polytechnic ${run}` })).toBeVisible();
  await expect(page.getByText("Institution created.")).toBeVisible();

  await page.goto(`/admin/institutions?q=${run}`);
  await expect(page.getByRole("link", { name: `Porto Polytechnic ${run}` })).toBeVisible();

  const email = `rita.${run.toLowerCase()}@porto.test`;
  const password = "a strong initial password";
  await page.goto("/admin/users/new");
  await page.getByLabel("Name").fill("Rita Sousa");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Home institution").selectOption({ label: `Porto Polytechnic ${run} (PP${run})` });
  await page.getByLabel("Initial password").fill("too short");
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByText("Use at least 12 characters.")).toBeVisible();
  await page.getByLabel("Initial password").fill(password);
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Rita Sousa" })).toBeVisible();

  // A password reset replaces the initial password.
  const newPassword = "the reset password 2027";
  await page.getByLabel("New password").fill(newPassword);
  await page.getByRole("button", { name: "Reset password" }).click();
  await expect(page.getByText(/Password reset\. The person was signed out everywhere/)).toBeVisible();
  await expect(page.getByLabel("New password")).toHaveValue("");

  // The person signs in in their own browser, with the new password.
  const ritaContext = await browser.newContext();
  const rita = await ritaContext.newPage();
  await signInThroughForm(rita, email, newPassword);
  await expect(rita.getByRole("heading", { level: 1, name: "My programmes" })).toBeVisible();

  // Deactivation asks for confirmation and a reason.
  await page.getByRole("button", { name: "Deactivate account" }).click();
  const dialog = page.getByRole("dialog", { name: "Deactivate Rita Sousa?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Deactivate", exact: true }).click();
  await expect(dialog.getByText(/Say why the account is being deactivated/)).toBeVisible();
  await dialog.getByLabel("Reason").fill("Left the project");
  await dialog.getByRole("button", { name: "Deactivate", exact: true }).click();
  await expect(page.getByText("Account deactivated. The person can no longer sign in.")).toBeVisible();
  await expect(page.getByText("Reason: Left the project")).toBeVisible();

  // Their open session ends, and signing in again fails.
  await rita.goto("/programmes");
  await expect(rita).toHaveURL(/\/login/);
  await rita.getByLabel("Email").fill(email);
  await rita.getByLabel("Password").fill(newPassword);
  await rita.getByRole("button", { name: "Sign in" }).click();
  await expect(rita.getByText("Wrong email or password. Check both and try again.")).toBeVisible();
  await expect(rita).toHaveURL(/\/login/);
  await ritaContext.close();

  await page.goto(`/admin/users?q=${encodeURIComponent(email)}&status=deactivated`);
  await expect(page.getByRole("row", { name: /Rita Sousa/ })).toContainText("Deactivated");
});

test("an admin sets up a programme for a team leader and lands on its People page", async ({ page }) => {
  await signInAs(page, "admin@consort.test");
  await page.goto("/admin/programmes/new");
  const leader = page.getByLabel("Team leader");
  // Not a demo sign-in account: other specs check exactly which programmes those people see.
  const value = await leader.locator("option", { hasText: "pieter.jansen@rijnmond.test" }).getAttribute("value");
  expect(value, "a seeded Rijnmond staff member is offered as a leader").toBeTruthy();
  await leader.selectOption(value ?? "");
  await page.getByLabel("Title").fill(`Admin-made programme ${run}`);
  await page.getByRole("button", { name: "Create programme" }).click();
  await expect(page).toHaveURL(/\/programmes\/[^/]+\/people$/);
  await expect(page.getByText(`Admin-made programme ${run}`)).toBeVisible();
  await expect(page.getByRole("list", { name: "Programme members" }).getByRole("listitem", { name: /Pieter Jansen/ })).toContainText(
    "Team leader",
  );
  await page.goto(`/admin/programmes?q=${run}`);
  await expect(page.getByRole("row", { name: new RegExp(`Admin-made programme ${run}`) })).toContainText("Rijnmond University");
});

test("people who are not platform admins get 404 on the admin area and see no Admin link", async ({ page }) => {
  await signInAs(page, "leader@consort.test");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" })).toHaveCount(0);
  for (const path of ["/admin", "/admin/users", "/admin/institutions/new", "/admin/programmes"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  }
});

// Every admin page is opened and scanned with axe, at two widths, in pages.spec.ts.
test("an admin cannot deactivate themself or drop their own admin rights, and is told why", async ({ page }) => {
  await signInAs(page, "admin@consort.test");
  await page.goto("/admin/users?q=admin%40consort.test");
  await page.getByRole("link", { name: "Ada Lindqvist" }).click();
  await expect(page.getByText("This is your own account: another platform admin must deactivate it.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Deactivate account" })).toHaveCount(0);
  await page.getByLabel("Platform admin").uncheck();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText(/cannot remove your own platform-admin rights/).first()).toBeVisible();
  await expectNoAxeViolations(page, { scope: "main" });
});

test("the deactivation dialog passes an axe scan and Cancel closes it", async ({ page }) => {
  await signInAs(page, "admin@consort.test");
  await page.goto("/admin/users?q=partner%40consort.test");
  await page.getByRole("link", { name: "Javier Morales Gil" }).click();
  await page.getByRole("button", { name: "Deactivate account" }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await expectNoAxeViolations(page, { scope: "main" });
  await page.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("dialog")).toBeHidden();
});
