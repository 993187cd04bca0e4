// The audit trail as the team leader meets it on the demo data; everyone else gets a 404.
import { expect, expectNoAxeViolations, signInAs, test } from "./fixtures";

const MAIN = "Climate-Resilient Urban Water Management";

test("the team leader reads, filters and pages the audit trail", async ({ page }) => {
  test.slow(); // several pages or sign-ins: three times the (machine-scaled) budget
  await signInAs(page, "leader@consort.test");
  await page.getByRole("main").getByRole("link", { name: MAIN }).click();
  await page.getByRole("link", { name: "Audit trail" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Audit trail" })).toBeVisible();
  const table = page.getByRole("table", { name: "Audit entries, newest first" });
  await expect(table).toBeVisible();
  await expect(page.getByText(/Showing 1–\d+ of \d+ entr/)).toBeVisible();
  await expectNoAxeViolations(page);

  // Filter by one action: every row shows it.
  const action = page.getByLabel("Action");
  const options = await action.locator("option").allTextContents();
  const chosen = options.find((o) => o !== "Any action");
  expect(chosen).toBeTruthy();
  await action.selectOption({ label: chosen! });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/action=/);
  const cells = table.locator("tbody tr td:nth-child(3)");
  await expect(cells.first()).toBeVisible();
  for (const text of await cells.allTextContents()) expect(text).toBe(chosen);
  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).not.toHaveURL(/action=/);

  // A date range with nothing in it says so.
  await page.getByLabel("From", { exact: true }).fill("2001-01-01");
  await page.getByLabel("To (inclusive)").fill("2001-01-02");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByText("No entries match these filters.")).toBeVisible();
});

test("each entry names its item with a link, and a comment's text is shown", async ({ page }) => {
  test.slow(); // several pages or sign-ins: three times the (machine-scaled) budget
  await signInAs(page, "leader@consort.test");
  await page.getByRole("main").getByRole("link", { name: MAIN }).click();
  await page.waitForURL(/\/programmes\/[^/]+$/); // the click navigates client-side: wait for it
  const programmeUrl = page.url().replace(/\/$/, "");
  await page.goto(`${programmeUrl}/board/1`);
  const issueTitle = (await page.getByRole("heading", { level: 1 }).textContent())!.replace(/^#1\s*/, "").trim();
  const body = `Audit check ${Date.now()}: the registrar confirmed the ECTS table.`;
  await page.getByLabel("Add a comment").fill(body);
  await page.getByRole("button", { name: "Post comment" }).click();
  await expect(page.getByText(body)).toBeVisible();

  await page.goto(`${programmeUrl}/audit`);
  const row = page.getByRole("row").filter({ hasText: body });
  await expect(row).toHaveCount(1);
  // No raw ids: the item is the issue by number and title, and its link opens it.
  await row.getByRole("link", { name: `#1 ${issueTitle}` }).click();
  await expect(page).toHaveURL(new RegExp(`${programmeUrl}/board/1$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(issueTitle);

  // The engagements' rows name institution and service and open the engagement.
  await page.goto(`${programmeUrl}/audit?entity=Engagement`);
  const engagementLink = page
    .getByRole("table")
    .getByRole("link", { name: / · (Legal|IT|Teaching|Programme|International|Student)/ })
    .first();
  const linkText = (await engagementLink.textContent())!;
  const [institution] = linkText.split(" · ");
  await engagementLink.click();
  await expect(page).toHaveURL(/\/services\/[^/]+$/);
  await expect(page.getByRole("main")).toContainText(institution!);
});

for (const email of ["partner@consort.test", "taskforce@consort.test", "outsider@consort.test"]) {
  test(`${email} cannot open the main programme's audit trail`, async ({ page }) => {
    await signInAs(page, "leader@consort.test");
    await page.getByRole("main").getByRole("link", { name: MAIN }).click();
    const auditUrl = `${page.url().replace(/\/$/, "")}/audit`;
    await page.context().clearCookies();
    await signInAs(page, email);
    const response = await page.goto(auditUrl);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("table", { name: "Audit entries, newest first" })).toHaveCount(0);
  });
}
