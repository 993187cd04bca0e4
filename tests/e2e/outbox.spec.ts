import { expect, expectNoAxeViolations, expectNoHorizontalOverflow, signInAs, test } from "./fixtures";

// Without SMTP_URL (the quick start, and this server) e-mails land in the outbox: the worker inside
// `npm start` delivers the job within seconds, and a platform admin reads it at Admin → Outbox.

test("an admin sends a test e-mail, finds it in the outbox and follows its link", async ({ page }) => {
  await signInAs(page, "admin@consort.test");
  await page.goto("/admin/outbox");
  await expect(page.getByRole("heading", { level: 1, name: "Outbox" })).toBeVisible();
  await expect(page.getByText(/No mail server is configured/)).toBeVisible();

  await page.getByRole("button", { name: "Send me a test e-mail" }).click();
  await expect(page.getByText(/A test e-mail to admin@consort\.test is on its way/)).toBeVisible();

  // The worker delivers it: it appears after a reload (wait on the condition, not on time).
  const subject = page.getByRole("link", { name: "Consort test e-mail" }).first();
  await expect(async () => {
    await page.reload();
    await expect(subject).toBeVisible({ timeout: 1_000 });
  }).toPass();
  await expect(page.getByRole("row").filter({ has: subject }).getByText("In the outbox")).toBeVisible();

  await subject.click();
  await expect(page.getByRole("heading", { level: 1, name: "Consort test e-mail" })).toBeVisible();
  await expect(page.getByText("admin@consort.test", { exact: true })).toBeVisible();
  await expect(page.getByText(/If you can read it, Consort's e-mail works/)).toBeVisible();
  await expect(page.frameLocator("iframe").getByRole("link", { name: "Open the outbox" })).toBeVisible();

  // The link in the plain text leads back into Consort.
  await page.getByRole("link", { name: /\/admin\/outbox$/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Outbox" })).toBeVisible();
});

test("the outbox e-mail page fits 390 px and passes axe", async ({ page }) => {
  await signInAs(page, "admin@consort.test");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/admin/outbox");
  await page.getByRole("button", { name: "Send me a test e-mail" }).click();
  const subject = page.getByRole("link", { name: "Consort test e-mail" }).first();
  await expect(async () => {
    await page.reload();
    await expect(subject).toBeVisible({ timeout: 1_000 });
  }).toPass();
  await subject.click();
  await expect(page.getByRole("heading", { level: 1, name: "Consort test e-mail" })).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await expectNoAxeViolations(page);
});
