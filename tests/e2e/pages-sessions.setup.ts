// Signs each demo role in once per run and saves its cookies for the pages specs (project
// "sessions" in playwright.config.ts): they open well over a hundred pages, and a sign-in per test
// would cost a password hash each time and eat into the test's own time budget on a busy machine.
import { signInAs, test } from "./fixtures";
import { ROLE_EMAIL, sessionFile, type Role } from "./pages-catalogue";

for (const role of Object.keys(ROLE_EMAIL) as Role[]) {
  test(`sign in as ${role}`, async ({ page }, testInfo) => {
    await signInAs(page, ROLE_EMAIL[role]);
    await page.context().storageState({ path: sessionFile(role, testInfo) });
  });
}
