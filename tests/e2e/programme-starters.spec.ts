// Who may start a programme: by default platform admins and programme creators. A person who may not
// is told whom to ask instead of meeting a form that refuses them; an admin marks a person as a
// programme creator on their user page, or opens starting programmes to everyone on the overview.
// Serial: these tests change who may start programmes, and put it back.
import { expect, signInAs, test } from "./fixtures";

test.describe.configure({ mode: "serial" });

const PARTNER = "Javier Morales Gil";

async function expectMayStart(page: import("@playwright/test").Page, email: string, may: boolean) {
  await signInAs(page, email);
  await expect(page.getByRole("link", { name: "New programme" })).toHaveCount(may ? 1 : 0);
  await page.goto("/programmes/new");
  if (may) await expect(page.getByRole("button", { name: "Create programme" })).toBeVisible();
  else await expect(page.getByRole("main").getByText("Only programme creators can start a programme.")).toBeVisible();
}

test("partner staff who are not programme creators are told whom to ask; an admin marks one as a creator", async ({ browser }) => {
  test.slow(); // two people, four pages each
  const partner = await (await browser.newContext()).newPage();
  await expectMayStart(partner, "partner@consort.test", false);

  const admin = await (await browser.newContext()).newPage();
  await signInAs(admin, "admin@consort.test");
  await admin.goto("/admin/users?q=Javier");
  await admin.getByRole("link", { name: PARTNER }).click();
  await admin.getByLabel("Programme creator").check();
  await admin.getByRole("button", { name: "Save changes" }).click();
  await expect(admin.getByText("Saved (programme-creator flag).")).toBeVisible();
  await admin.goto("/admin/users?q=Javier");
  await expect(admin.getByRole("row", { name: new RegExp(PARTNER) })).toContainText("Programme creator");

  await expectMayStart(partner, "partner@consort.test", true);

  // Put it back: the rest of the suite knows Javier as partner staff who may not start programmes.
  await admin.goto("/admin/users?q=Javier");
  await admin.getByRole("link", { name: PARTNER }).click();
  await admin.getByLabel("Programme creator").uncheck();
  await admin.getByRole("button", { name: "Save changes" }).click();
  await expect(admin.getByText("Saved (programme-creator flag).")).toBeVisible();
  await expectMayStart(partner, "partner@consort.test", false);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("an admin opens starting programmes to everyone with the keyboard, and closes it again", async ({ page, browser }) => {
    test.slow(); // two people, several form posts
    await signInAs(page, "admin@consort.test");
    await page.goto("/admin");
    const everyone = page.getByRole("radio", { name: "Anyone signed in" });
    await expect(page.getByRole("radio", { name: "Platform admins and programme creators" })).toBeChecked();
    await page.getByRole("radio", { name: "Platform admins and programme creators" }).focus();
    await page.keyboard.press("ArrowDown");
    await expect(everyone).toBeChecked();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Save setting" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByText("Saved (who may start programmes).")).toBeVisible();
    await expect(everyone).toBeChecked();

    const taskForce = await (await browser.newContext()).newPage();
    await expectMayStart(taskForce, "taskforce@consort.test", true);

    await page.goto("/admin");
    await page.getByRole("radio", { name: "Platform admins and programme creators" }).check();
    await page.getByRole("button", { name: "Save setting" }).click();
    await expect(page.getByText("Saved (who may start programmes).")).toBeVisible();
    await expectMayStart(taskForce, "taskforce@consort.test", false);
  });
});
