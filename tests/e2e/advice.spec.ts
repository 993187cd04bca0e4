import type { Browser, Page } from "@playwright/test";
import { expect, expectNoAxeViolations, signInAs, test } from "./fixtures";

// Partner staff (Universidad del Levante) log advice on their own Student administration
// engagement, which has none yet, so that the "Advice received" offer can be seen.
const PROGRAMME = "Climate-Resilient Urban Water Management";
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
const PAYLOAD = [
  "Hostile **input** follows:",
  "",
  '<script>window.__xss = "script"</script>',
  "",
  '<img src="x" onerror="window.__xss = \'onerror\'">',
  "",
  "[harmless looking](javascript:window.__xss='link') and [the guide](https://example.org/guide)",
].join("\n");

async function openProgramme(page: Page) {
  await page.getByRole("link", { name: PROGRAMME }).first().click();
  await page.waitForURL(/\/programmes\/[^/]+\/(services|people)/);
  return page.url().split("/").slice(0, 5).join("/");
}

async function newSession(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, email);
  return { context, page };
}

test.describe("advice log", () => {
  // Several sign-ins (deliberately slow password hashing) and uploads in one story. One axe scan:
  // the entry page with its "Advice received" offer; every other page is scanned for every role at
  // both widths by tests/e2e/pages.spec.ts.
  test.slow(); // three times the (machine-scaled) budget

  test("partner staff log advice with an attachment, share it; the team leader sees it and moves the engagement to Advice received", async ({
    browser,
  }) => {
    const summary = `Student records need a joint transcript template ${Date.now()}`;
    const partner = await newSession(browser, "partner@consort.test");
    let page = partner.page;
    const programmeUrl = await openProgramme(page);

    await page.goto(`${programmeUrl}/advice`);
    await page.getByRole("link", { name: "Log advice" }).first().click();
    await page.getByLabel("Institution and service").selectOption({ label: "Universidad del Levante — Student administration" });
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByRole("heading", { name: "Log advice" })).toBeVisible();

    await page.getByLabel("Date the advice was given").fill("2026-11-20");
    await page.getByLabel("Given by (name)").fill("Álvaro Ruiz");
    await page.getByLabel("Their role at the service").fill("Registrar");
    await page.getByLabel("Kind of advice").selectOption("REQUIREMENT");
    await page.getByLabel("Summary (one line)").fill(summary);
    await page.getByLabel("Details").fill(PAYLOAD);
    await page.getByLabel("Attachments").setInputFiles({ name: "Acta de la reunión.pdf", mimeType: "application/pdf", buffer: PDF });
    await page.getByRole("button", { name: "Log advice" }).click();

    await page.waitForURL(/\/advice\/[^/?]+\?logged=1/);
    await expect(page.getByText("Advice logged as an institution draft")).toBeVisible();
    await expect(page.getByRole("heading", { name: summary })).toBeVisible();
    await expect(page.getByText("Institution draft", { exact: true })).toBeVisible();

    // The Markdown payload is shown as text and nothing in it runs.
    const details = page.locator("section", { has: page.getByRole("heading", { name: "Details" }) });
    await expect(details.getByText('<script>window.__xss = "script"</script>')).toBeVisible();
    await expect(details.locator("script, img, [onerror]")).toHaveCount(0);
    await expect(details.getByRole("link", { name: "harmless looking" })).toHaveCount(0);
    await expect(details.getByRole("link", { name: "the guide" })).toHaveAttribute("rel", "noopener noreferrer nofollow");
    expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();

    // The attachment downloads under its original name.
    const downloadPromise = page.waitForEvent("download");
    await page.getByRole("link", { name: "Acta de la reunión.pdf" }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe("Acta de la reunión.pdf");

    // First advice on the engagement: the move to "Advice received" is offered.
    await expect(page.getByRole("button", { name: "Move to “Advice received”" })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole("button", { name: "Share with the partnership" }).click();
    await page.getByRole("button", { name: "Share now" }).click();
    await expect(page.getByText("Shared: everyone in the partnership can now read this advice.")).toBeVisible();
    await expect(page.getByText("Shared", { exact: true })).toBeVisible();
    const adviceUrl = page.url().split("?")[0]!;
    await partner.context.close();

    // The team leader finds it by a word from the summary, and the engagement offers the move.
    const leader = await newSession(browser, "leader@consort.test");
    page = leader.page;
    await page.goto(`${programmeUrl}/advice?q=${encodeURIComponent("transcript template")}`);
    await page.getByRole("link", { name: summary }).click();
    await expect(page).toHaveURL(adviceUrl);
    await page.getByRole("link", { name: "Universidad del Levante — Student administration" }).click();
    await page.waitForURL(/\/services\/[^/]+$/);
    const section = page.locator("section", { has: page.getByRole("heading", { name: "Advice", exact: true }) });
    await expect(section.getByRole("link", { name: summary })).toBeVisible();
    await section.getByRole("button", { name: "Move to “Advice received”" }).click();
    await expect(page.getByText("Moved to “Advice received”.")).toBeVisible();
    await page.reload();
    await expect(page.getByRole("button", { name: "Move to “Advice received”" })).toHaveCount(0);
    await expect(page.getByText("Advice received").first()).toBeVisible();

    await page.goto(`${adviceUrl}/history`);
    await expect(page.getByRole("heading", { name: /Shared with the partnership by Javier Morales Gil/ })).toBeVisible();
    await leader.context.close();
  });

  test("partner staff cannot reach the form for another institution, nor its drafts or files", async ({ browser }) => {
    const { context, page } = await newSession(browser, "partner@consort.test");
    const programmeUrl = await openProgramme(page);
    // An engagement of the lead university, reached through one of its shared entries.
    await page.goto(`${programmeUrl}/advice?institution=`);
    await page.getByRole("link", { name: "Run the programme under an annex to the alliance's inter-institutional agreement" }).click();
    await page.getByRole("link", { name: "Rijnmond University — Internationalisation" }).click();
    await page.waitForURL(/\/services\/[^/]+$/);
    const engagementId = page.url().split("/").pop()!;
    await expect(page.getByRole("link", { name: "Log advice" })).toHaveCount(0);

    await page.goto(`${programmeUrl}/advice/new?engagement=${engagementId}`);
    await expect(page.getByRole("heading", { name: "You cannot log advice here" })).toBeVisible();
    await expect(page.getByText("You can log advice only for your own institution's services")).toBeVisible();
    await expect(page.getByLabel("Summary (one line)")).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Log advice" })).toHaveCount(0);

    // Nothing of another programme or a made-up entry is served.
    const missing = await page.request.get(`${programmeUrl}/advice/attachments/not-an-attachment`);
    expect(missing.status()).toBe(404);
    await context.close();

    // Outsiders get 404 for the programme's advice and its CSV.
    const outsider = await newSession(browser, "outsider@consort.test");
    const list = await outsider.page.goto(`${programmeUrl}/advice`);
    expect(list?.status()).toBe(404);
    const csv = await outsider.page.request.get(`${programmeUrl}/advice/export`);
    expect(csv.status()).toBe(404);
    await outsider.context.close();
  });

  test("exports the filtered list as CSV with a BOM", async ({ browser }) => {
    const { context, page } = await newSession(browser, "leader@consort.test");
    const programmeUrl = await openProgramme(page);
    const response = await page.request.get(`${programmeUrl}/advice/export?service=LEGAL`);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toContain("text/csv");
    const body = await response.body();
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = body.toString("utf8");
    expect(text).toContain("Jointly awarded credits need a resolution of Vistula's Senate");
    expect(text).not.toContain("Run the programme under an annex"); // an Internationalisation entry
    await context.close();
  });
});

test("a draft's follow-up reaches the board only when the draft is shared", async ({ page }) => {
  test.slow(); // a form, a confirmation and the board in one flow
  const note = `Ask the registrar about joint transcripts ${Date.now()}`;
  await signInAs(page, "partner@consort.test");
  const programmeUrl = await openProgramme(page);
  await page.goto(`${programmeUrl}/advice`);
  await page.getByRole("link", { name: "Log advice" }).first().click();
  await page.getByLabel("Institution and service").selectOption({ label: "Universidad del Levante — Legal" });
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel("Date the advice was given").fill("2026-11-21");
  await page.getByLabel("Given by (name)").fill("Marta Gil");
  await page.getByLabel("Kind of advice").selectOption("RECOMMENDATION");
  await page.getByLabel("Summary (one line)").fill("Transcripts need both seals");
  await page.getByLabel("Follow-up needed").check();
  await page.getByLabel("What needs following up?").fill(note);
  await page.getByRole("button", { name: "Log advice" }).click();

  // Logged as a draft (the default): the page says where the follow-up will go, and the board has nothing yet.
  await expect(page.getByRole("main").getByRole("status").filter({ hasText: "Advice logged" })).toContainText(
    "Its follow-up issue goes on the board when you share it.",
  );
  await expect(page.getByText("The board issue is raised when this entry is shared.")).toBeVisible();
  await expect(page.getByRole("link", { name: new RegExp(`Board issue #\\d+: ${note}`) })).toHaveCount(0);

  await page.getByRole("button", { name: "Share with the partnership" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Share now" }).click();
  const issueLink = page.getByRole("link", { name: new RegExp(`Board issue #\\d+: ${note}`) });
  await expect(issueLink).toBeVisible();
  await issueLink.click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(note) })).toBeVisible();
});
