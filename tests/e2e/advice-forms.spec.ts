// Logging and editing advice with no file and with one file, in Chromium, with JavaScript and
// without it. Every earlier advice test attached a file, so an empty file input — the most common
// case — never reached the server in a test: a browser sends an empty input as a 0-byte part whose
// name differs between a React post ("undefined") and a plain post (""), and only a real browser
// against the production server sends exactly that.
import { writeFileSync } from "node:fs";
import type { Page, Request, TestInfo } from "@playwright/test";
import { expect, signInAs, test } from "./fixtures";

const MiB = 1024 * 1024;
const LIMIT = 10 * MiB; // MAX_ATTACHMENT_BYTES, inclusive

/** A PDF of exactly `size` bytes on disk (Playwright sends large files from paths, not buffers). */
function pdfFile(testInfo: TestInfo, name: string, size: number): string {
  const bytes = Buffer.alloc(size, 0x20);
  bytes.write("%PDF-1.4\n");
  const file = testInfo.outputPath(name);
  writeFileSync(file, bytes);
  return file;
}

const PROGRAMME = "Climate-Resilient Urban Water Management";
// Nobody else's test works on this engagement; every entry gets its own summary.
const ENGAGEMENT = "Universidad del Levante — Legal";
const PDF = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n`);

/** The form posts that reach the server, so a test can say which way the form was sent. */
function recordFormPosts(page: Page) {
  const posts: { viaReact: boolean }[] = [];
  page.on("request", (request: Request) => {
    if (request.method() === "POST" && /\/advice\//.test(request.url()))
      posts.push({ viaReact: Boolean(request.headers()["next-action"]) });
  });
  return posts;
}

/** With JavaScript on, waits until React has hydrated the form, so the click is React's submit and not the browser's. */
async function waitForReact(page: Page, javaScript: boolean) {
  if (!javaScript) return;
  await expect
    .poll(() => page.locator("form:has(#attachments)").evaluate((form) => Object.keys(form).some((key) => key.startsWith("__reactProps"))))
    .toBe(true);
}

async function openLogForm(page: Page, javaScript: boolean) {
  await page.getByRole("link", { name: PROGRAMME }).first().click();
  await page.waitForURL(/\/programmes\/[^/]+\/(services|people)/);
  const programmeUrl = page.url().split("/").slice(0, 5).join("/");
  await page.goto(`${programmeUrl}/advice/new`);
  await page.getByLabel("Institution and service").selectOption({ label: ENGAGEMENT });
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("heading", { name: "Log advice" })).toBeVisible();
  await waitForReact(page, javaScript);
}

async function fillAdvice(page: Page, summary: string) {
  await page.getByLabel("Date the advice was given").fill("2026-11-20");
  await page.getByLabel("Given by (name)").fill("Inés Navarro");
  await page.getByLabel("Kind of advice").selectOption("RECOMMENDATION");
  await page.getByLabel("Summary (one line)").fill(summary);
}

const attachmentsSection = (page: Page) => page.locator("section", { has: page.getByRole("heading", { name: "Attachments" }) });

for (const javaScript of [true, false]) {
  test.describe(`advice forms ${javaScript ? "with JavaScript" : "without JavaScript (plain form posts)"}`, () => {
    test.use({ javaScriptEnabled: javaScript });
    // Sign-in hashes the password deliberately slowly; each test also logs and edits.
    test.slow(); // three times the (machine-scaled) budget

    test("logs advice with no file, then edits it with no file", async ({ page }) => {
      const posts = recordFormPosts(page);
      const summary = `Consortium agreement needs a data-protection annex ${javaScript ? "js" : "nojs"} ${Date.now()}`;
      await signInAs(page, "partner@consort.test");
      await openLogForm(page, javaScript);
      await fillAdvice(page, summary);
      await page.getByRole("button", { name: "Log advice" }).click();

      await page.waitForURL(/\/advice\/[^/?]+\?logged=1/);
      await expect(page.getByText("Advice logged as an institution draft")).toBeVisible();
      await expect(page.getByRole("heading", { name: summary })).toBeVisible();
      await expect(attachmentsSection(page).getByText("No files attached.")).toBeVisible();

      await page.getByRole("link", { name: "Edit" }).click();
      // The navigation must have committed: a React post made while it is pending waits behind it.
      await page.waitForURL(/\/edit$/);
      await expect(page.getByRole("heading", { name: "Edit advice" })).toBeVisible();
      await waitForReact(page, javaScript);
      await page.getByLabel("Their role at the service").fill("Data protection officer");
      await page.getByRole("button", { name: "Save changes" }).click();

      await page.waitForURL(/\/advice\/[^/?]+\?saved=1/);
      await expect(page.getByText("Changes saved.")).toBeVisible();
      await expect(page.getByText("Data protection officer")).toBeVisible();
      await expect(attachmentsSection(page).getByText("No files attached.")).toBeVisible();
      expect(posts).toEqual([{ viaReact: javaScript }, { viaReact: javaScript }]);
    });

    test("a refused log keeps everything typed, beside the field to correct", async ({ page }) => {
      const posts = recordFormPosts(page);
      const summary = `Joint diploma needs both rectors' signatures ${javaScript ? "js" : "nojs"} ${Date.now()}`;
      await signInAs(page, "partner@consort.test");
      await openLogForm(page, javaScript);
      await fillAdvice(page, summary);
      await page.getByLabel("Given by (name)").fill("");
      await page.getByLabel("Their role at the service").fill("Registrar");
      await page.getByLabel("Details").fill("Both seals on the certificate.");
      await page.getByRole("checkbox", { name: /Share with the partnership now/ }).check();
      await page.getByRole("button", { name: "Log advice" }).click();

      await expect(page.getByText("Enter who gave the advice.")).toBeVisible();
      await expect(page.getByLabel("Summary (one line)")).toHaveValue(summary);
      await expect(page.getByLabel("Details")).toHaveValue("Both seals on the certificate.");
      await expect(page.getByLabel("Their role at the service")).toHaveValue("Registrar");
      await expect(page.getByLabel("Date the advice was given")).toHaveValue("2026-11-20");
      await expect(page.getByLabel("Kind of advice")).toHaveValue("RECOMMENDATION");
      await expect(page.getByRole("checkbox", { name: /Share with the partnership now/ })).toBeChecked();

      await waitForReact(page, javaScript);
      await page.getByLabel("Given by (name)").fill("Inés Navarro");
      await page.getByRole("button", { name: "Log advice" }).click();
      await page.waitForURL(/\/advice\/[^/?]+\?logged=1/);
      await expect(page.getByRole("heading", { name: summary })).toBeVisible();
      expect(posts).toEqual([{ viaReact: javaScript }, { viaReact: javaScript }]);
    });

    test("logs advice with one file, then edits it adding one more", async ({ page }) => {
      const posts = recordFormPosts(page);
      const summary = `Joint certificate wording agreed by both legal offices ${javaScript ? "js" : "nojs"} ${Date.now()}`;
      await signInAs(page, "partner@consort.test");
      await openLogForm(page, javaScript);
      await fillAdvice(page, summary);
      await page
        .getByLabel("Attachments")
        .setInputFiles({ name: "Dictamen jurídico.pdf", mimeType: "application/pdf", buffer: PDF("one") });
      await page.getByRole("button", { name: "Log advice" }).click();

      await page.waitForURL(/\/advice\/[^/?]+\?logged=1/);
      await expect(page.getByRole("heading", { name: summary })).toBeVisible();
      await expect(attachmentsSection(page).getByRole("link")).toHaveText(["Dictamen jurídico.pdf"]);

      await page.getByRole("link", { name: "Edit" }).click();
      await page.waitForURL(/\/edit$/);
      await waitForReact(page, javaScript);
      await page.getByLabel("Add attachments").setInputFiles({
        name: "Decisions.csv",
        mimeType: "text/csv",
        buffer: Buffer.from("institution,decision\r\nUniversidad del Levante,Annex signed\r\n"),
      });
      await page.getByRole("button", { name: "Save changes" }).click();

      await page.waitForURL(/\/advice\/[^/?]+\?saved=1/);
      await expect(attachmentsSection(page).getByRole("link")).toHaveText(["Dictamen jurídico.pdf", "Decisions.csv"]);
      expect(posts).toEqual([{ viaReact: javaScript }, { viaReact: javaScript }]);

      // Text is served as a UTF-8 download that no browser may sniff into a page.
      const href = await attachmentsSection(page).getByRole("link", { name: "Decisions.csv" }).getAttribute("href");
      const download = await page.request.get(href!);
      expect(download.headers()["content-type"]).toBe("text/csv; charset=utf-8");
      expect(download.headers()["content-disposition"]).toMatch(/^attachment; filename="Decisions.csv"/);
      expect(download.headers()["x-content-type-options"]).toBe("nosniff");
    });

    test("accepts an attachment of exactly 10 MiB and refuses 10 MiB + 1 byte with the field's own message", async ({ page }, testInfo) => {
      const posts = recordFormPosts(page);
      const summary = `Scanned statute of the joint programme ${javaScript ? "js" : "nojs"} ${Date.now()}`;
      await signInAs(page, "partner@consort.test");
      await openLogForm(page, javaScript);
      await fillAdvice(page, summary);
      const tooLarge = "Each attachment can be at most 10 MB (10,485,760 bytes).";
      await page.getByLabel("Attachments").setInputFiles(pdfFile(testInfo, "Statute scan.pdf", LIMIT + 1));
      const fieldError = page.locator("#attachments-error");
      if (javaScript) {
        // Refused in the browser as soon as it is chosen, and nothing is uploaded.
        await expect(fieldError).toHaveText(
          `"Statute scan.pdf" is too large (10,485,761 bytes). ${tooLarge} Compress it or split it into smaller files, then attach it again.`,
        );
        await page.getByRole("button", { name: "Log advice" }).click();
        await expect(page.getByLabel("Attachments")).toBeFocused();
        expect(posts).toEqual([]);
      } else {
        // Refused by the server, under the field, on the form page (not an error page).
        await page.getByRole("button", { name: "Log advice" }).click();
        await expect(page.getByRole("alert").first()).toContainText("Nothing was saved");
        await expect(fieldError).toContainText(`"Statute scan.pdf" is too large (10,485,761 bytes). ${tooLarge}`);
        await expect(page.getByLabel("Attachments")).toHaveAttribute("aria-invalid", "true");
        await expect(page.getByLabel("Attachments")).toHaveAttribute("aria-describedby", /attachments-error/);
        // (No axe scan here: axe-core's timers never fire in a page with JavaScript disabled.)
        await fillAdvice(page, summary); // a plain post's page comes back with the form as it was first shown
      }
      // Another file (Chromium fires no change event for the same path chosen again).
      await page.getByLabel("Attachments").setInputFiles(pdfFile(testInfo, "Statute scan, compressed.pdf", LIMIT));
      if (javaScript) await expect(fieldError).toHaveCount(0);
      await page.getByRole("button", { name: "Log advice" }).click();
      await page.waitForURL(/\/advice\/[^/?]+\?logged=1/);
      await expect(attachmentsSection(page).getByText("(10.0 MB,")).toBeVisible();
    });
  });
}

test.describe("a form post larger than any legal submission", () => {
  test.use({ javaScriptEnabled: false });
  test.slow(); // three times the (machine-scaled) budget

  test("goes back to the form with a clear message, not an error page", async ({ page }, testInfo) => {
    await signInAs(page, "partner@consort.test");
    await openLogForm(page, false);
    await fillAdvice(page, `Eleven scans at once ${Date.now()}`);
    // 11 files of 10 MiB: more than the 10 × 10 MiB + 1 MiB the server reads.
    const file = pdfFile(testInfo, "scan.pdf", LIMIT);
    await page.getByLabel("Attachments").setInputFiles(Array.from({ length: 11 }, () => file));
    const answer = page.waitForResponse((response) => response.request().method() === "POST");
    await page.getByRole("button", { name: "Log advice" }).click();
    expect((await answer).status()).toBe(303);
    await page.waitForURL(/upload=too-large/);
    await expect(page.getByRole("heading", { name: "Log advice" })).toBeVisible();
    await expect(page.locator("#attachments-error")).toHaveText(
      "Nothing was saved: the files you chose add up to more than one form can send (101.0 MB). Attach at most 10 files of at most 10 MB (10,485,760 bytes) each, then fill in the form again.",
    );
  });
});
