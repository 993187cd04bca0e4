// The plan by the guide, as its people use it in Chromium: a decision proposed from a template and
// signed by every partner's representative, a new version that asks everyone again, an obstacle
// raised from an advice entry and walked to "rule change adopted", and step 5 following the matrix.
import type { Page } from "@playwright/test";
import { addSessionCookie, expect, signInAs, test } from "./fixtures";

const PROGRAMME = "Climate-Resilient Urban Water Management";

/** Each partner of the demo programme and who answers for it. */
const REPRESENTATIVES = [
  { institution: "Rijnmond University", email: "leader@consort.test" },
  { institution: "Universidad del Levante", email: "partner@consort.test" },
  { institution: "Vistula University of Technology", email: "tomasz.wisniewski@vut.test" },
  { institution: "Université Lumière-Confluence", email: "camille.laurent@univ-confluence.test" },
  { institution: "Åbo Coastal University", email: "aino.virtanen@abocoastal.test" },
];

async function programmeUrl(page: Page): Promise<string> {
  await page.getByRole("link", { name: PROGRAMME }).first().click();
  await page.waitForURL(/\/programmes\/[^/]+\/(services|people)/);
  return page.url().split("/").slice(0, 5).join("/");
}

/** Switches the browser to another demo account. */
async function actAs(page: Page, email: string) {
  await page.context().clearCookies();
  await addSessionCookie(page.context(), email);
}

async function answer(
  page: Page,
  decisionUrl: string,
  institution: string,
  choice: "Agree" | "Agree with conditions" | "Object",
  text = "",
) {
  await page.goto(decisionUrl);
  const form = page.getByRole("form", { name: new RegExp(`^Answer for ${institution}`) });
  await form.getByLabel(choice, { exact: true }).check();
  if (text) await form.getByLabel(/Conditions|Why your institution objects/).fill(text);
  await form.getByRole("button", { name: "Send answer" }).click();
  await expect(form.getByRole("status")).toContainText("Recorded: your institution");
}

test("the leader proposes the platform decision from its template, every partner signs, and a new version asks everyone again", async ({
  page,
}) => {
  await signInAs(page, "leader@consort.test");
  const home = await programmeUrl(page);
  await page.goto(`${home}/decisions`);
  await page.getByRole("link", { name: "Propose a decision" }).click();
  // The register also links to D-1 "Common delivery platform": choose the template only once the form's page is open.
  await expect(page.getByRole("heading", { level: 1, name: "Propose a decision" })).toBeVisible();
  await page.getByRole("link", { name: /^Common delivery platform/ }).click();
  await page.waitForURL(/template=DELIVERY_PLATFORM/);
  // The template says what the guide says is usual: the lead institution's platform.
  await expect(page.getByRole("textbox", { name: "Proposal", exact: true })).toHaveValue(
    /learning environment of the lead institution, Rijnmond University/,
  );
  await expect(page.getByLabel("Plan step")).toHaveValue("ECOSYSTEM");
  await page.getByLabel("Title").fill("Common delivery platform for the second run");
  await page.getByRole("button", { name: "Propose the decision" }).click();
  await expect(page.getByText("Decision proposed. Every partner is now asked to answer it.")).toBeVisible();
  const decisionUrl = page.url().split("?")[0]!;
  await expect(page.getByText(/^.Waiting for answers$/).first()).toBeVisible();

  for (const [n, { institution, email }] of REPRESENTATIVES.entries()) {
    await actAs(page, email);
    await answer(
      page,
      decisionUrl,
      institution,
      n === 2 ? "Agree with conditions" : "Agree",
      n === 2 ? "Our IT service adds the single sign-on." : "",
    );
  }
  await actAs(page, "leader@consort.test");
  await page.goto(decisionUrl);
  await expect(page.getByText(/^.Agreed$/).first()).toBeVisible();
  await expect(page.getByRole("table", { name: /answer to version 1/ }).getByText("Agrees with conditions")).toBeVisible();

  await page.getByRole("link", { name: "Edit the proposal (new version)" }).click();
  await page
    .getByRole("textbox", { name: "Proposal", exact: true })
    .fill("Deliver the programme on Rijnmond University's learning environment, with guest accounts for every partner.");
  await page.getByRole("button", { name: "Publish the new version" }).click();
  await expect(page.getByText("Version 2 published.", { exact: false })).toBeVisible();
  await expect(page.getByText(/^.Waiting for answers$/).first()).toBeVisible();
  const answers = page.getByRole("table", { name: /answer to version 2/ });
  await expect(answers.getByText("Not answered")).toHaveCount(REPRESENTATIVES.length);
  // Version 1 and its five answers stay readable, and the two versions side by side.
  await page.getByText("Read version 1").click();
  await expect(page.getByText("learning environment of the lead institution, Rijnmond University").first()).toBeVisible();
  await page.getByRole("link", { name: "Compare version 1 with version 2" }).click();
  await expect(page.getByRole("heading", { name: "Version 1 and version 2 side by side" })).toBeVisible();
  await expect(page.locator("ins").first()).toBeVisible();
});

test("partner staff raise an obstacle from an advice entry and walk it to “rule change adopted”", async ({ page }) => {
  await signInAs(page, "partner@consort.test");
  const home = await programmeUrl(page);
  await page.goto(`${home}/advice`);
  await page.getByRole("link", { name: "Erasmus+ blended intensive programme funding could cover the Valencia fieldwork week" }).click();
  await page.getByRole("link", { name: "Raise an obstacle from this" }).click();
  await expect(page.getByText("Raised from the advice entry:")).toBeVisible();
  await page.getByLabel("Title").fill("Fieldwork week not creditable under the current study plan");
  await page.getByLabel("The rule").fill("A course unit taught abroad counts only if it is listed in the study plan.");
  await page.getByLabel("Where it is written").fill("ULEV Study Plan Regulations, art. 14");
  await page.getByLabel("Level").selectOption("INSTITUTIONAL");
  await page.getByLabel("Blocks or constrains").selectOption("CREDIT_RECOGNITION");
  // The country is prefilled from the institution (it matters for a national law only); left as it is.
  await page.getByRole("button", { name: "Raise the obstacle" }).click();
  await expect(page.getByText("Obstacle raised.")).toBeVisible();
  await expect(page.getByRole("link", { name: /Advice: Erasmus\+ blended/ })).toBeVisible();

  for (const [stage, note] of [
    ["Solution proposed", "List the fieldwork week in the study plan as an optional unit."],
    ["Rule change requested", "Amendment of art. 14 sent to the faculty board."],
    ["Rule change adopted", "Faculty board adopted the amendment on 25 November."],
  ] as const) {
    const form = page.getByRole("form", { name: "Next step on the pathway" });
    await form.getByLabel("Move to").selectOption({ label: stage });
    await form.getByLabel("What happened").fill(note);
    await form.getByRole("button", { name: "Move on" }).click();
    await expect(page.getByRole("region", { name: "Its pathway" }).getByText(note)).toBeVisible();
  }
  await expect(page.getByText("Rule change adopted").first()).toBeVisible();
  // Settled: the only way on is to reopen it.
  await expect(page.getByRole("form", { name: "Next step on the pathway" }).getByLabel("Move to").locator("option")).toHaveText([
    "Choose where it goes…",
    "Identified",
  ]);
});

test("the plan's step 5 shows the matrix's progress, whatever anyone sets", async ({ page }) => {
  await signInAs(page, "leader@consort.test");
  const home = await programmeUrl(page);
  // Other tests move engagements meanwhile: compare the two pages until they agree.
  await expect(async () => {
    await page.goto(`${home}/services`);
    const overall = await page
      .getByRole("region", { name: "Progress" })
      .getByText(/settled or not applicable \(\d+ of \d+ engagements\)/)
      .innerText();
    const [, done, total] = /\((\d+) of (\d+) engagements\)/.exec(overall)!;
    await page.goto(`${home}/plan`);
    await expect(
      page.getByRole("list", { name: "The 16 steps" }).getByText(`${done} of ${total} engagements settled or not applicable`),
    ).toBeVisible({ timeout: 1000 });
  }).toPass();
  await page.getByRole("link", { name: "Step 5: Ensure cross-institutional support" }).click();
  await expect(page.getByText("This step's status follows the services matrix", { exact: false })).toBeVisible();
  await expect(page.getByLabel("Status")).toHaveCount(0);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a partner answers a decision with a plain form post, a refusal first", async ({ page }) => {
    await signInAs(page, "aino.virtanen@abocoastal.test");
    const home = await programmeUrl(page);
    await page.goto(`${home}/decisions`);
    await expect(page.getByRole("region", { name: /wait.* for your institution's answer/ })).toBeVisible();
    await page.goto(`${home}/decisions/2`);
    const form = page.getByRole("form", { name: /^Answer for Åbo Coastal University \(version 2\)/ });
    await form.getByLabel("Agree with conditions", { exact: true }).check();
    // Leaving the conditions empty is refused beside the field; what was chosen stays.
    await form.getByRole("button", { name: "Send answer" }).click();
    await expect(page.getByText("Say which conditions, or why your institution objects.")).toBeVisible();
    await page
      .getByRole("form", { name: /^Answer for Åbo Coastal University/ })
      .getByLabel(/Conditions/)
      .fill("A Finnish summary of each course.");
    await page
      .getByRole("form", { name: /^Answer for Åbo Coastal University/ })
      .getByRole("button", { name: "Send answer" })
      .click();
    await expect(page.getByText("Recorded: your institution agrees, with conditions.")).toBeVisible();
    // Vistula still objects: the decision stays contested.
    await page.goto(`${home}/decisions/2`);
    await expect(page.getByText(/^.Contested$/).first()).toBeVisible();
  });
});
