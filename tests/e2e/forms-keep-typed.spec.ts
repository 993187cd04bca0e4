// A refused save never loses what the person typed, with JavaScript (the form is not reset) and
// without it (the page comes back with the submitted values: ActionState.values). Each form uses
// useFormAction (components/ui/use-form-action.ts); advice-forms.spec.ts checks the advice form.
import { expect, signInAs, test } from "./fixtures";

const PROGRAMME = "Climate-Resilient Urban Water Management";

for (const javaScript of [true, false]) {
  test.describe(javaScript ? "with JavaScript" : "without JavaScript", () => {
    test.use({ javaScriptEnabled: javaScript });

    test("a new issue refused for a missing service keeps its title, description, labels and priority", async ({ page }) => {
      const title = `Recognition of prior learning ${javaScript ? "js" : "nojs"} ${Date.now()}`;
      await signInAs(page, "leader@consort.test");
      await page.getByRole("link", { name: PROGRAMME }).click();
      await page.getByRole("navigation", { name: "Programme" }).getByRole("link", { name: "Board" }).click();
      await page.getByRole("link", { name: "New issue" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "New issue" })).toBeVisible();
      // With JavaScript, the click must be React's submit, not the browser's: wait until the form is hydrated.
      if (javaScript) {
        const hydrated = () =>
          page.locator("form:has(#title)").evaluate((form) => Object.keys(form).some((key) => key.startsWith("__reactProps")));
        await expect.poll(hydrated).toBe(true);
      }
      await page.getByLabel("Title").fill(title);
      await page.getByLabel("Description").fill("Each partner counts prior learning differently.");
      await page.getByLabel("Labels").fill("rpl, recognition");
      await page.getByLabel("Priority").selectOption({ label: "High" });
      await page.getByRole("button", { name: "Create issue" }).click();

      await expect(page.getByText("Choose the service(s) concerned.")).toBeVisible();
      await expect(page.getByLabel("Title")).toHaveValue(title);
      await expect(page.getByLabel("Description")).toHaveValue("Each partner counts prior learning differently.");
      await expect(page.getByLabel("Labels")).toHaveValue("rpl, recognition");
      await expect(page.getByLabel("Priority").locator("option:checked")).toHaveText("High");

      await page.getByRole("checkbox", { name: "Teaching & learning" }).check();
      await page.getByRole("button", { name: "Create issue" }).click();
      await expect(page.getByRole("heading", { level: 1, name: new RegExp(title) })).toBeVisible();
    });
  });
}
