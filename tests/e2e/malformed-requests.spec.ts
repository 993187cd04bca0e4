import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

// A server action posted with a foreign Origin, a junk router-state header, a body over the limit or
// cut short is answered by lib/cli/serve.mjs with a 4xx and a short plain message — Next.js alone
// answered each with HTTP 500 and its error page.

type Captured = { url: string; headers: Record<string, string>; body: string };

/** The sign-in action as the browser sends it (a wrong password, so nothing signs in). */
async function captureSignInAction(page: Page): Promise<Captured> {
  await page.goto("/login");
  await page.getByLabel("Email").fill("nobody@consort.test");
  await page.getByLabel("Password").fill("not the password");
  const [request] = await Promise.all([
    page.waitForRequest((r) => r.method() === "POST" && r.headers()["next-action"] !== undefined),
    page.getByRole("button", { name: "Sign in" }).click(),
  ]);
  const headers = await request.allHeaders();
  return { url: request.url(), headers, body: request.postData() ?? "" };
}

function pick(headers: Record<string, string>, names: string[]) {
  return Object.fromEntries(names.filter((n) => headers[n] !== undefined).map((n) => [n, headers[n]!]));
}

async function expectPlainRefusal(
  response: { status(): number; headers(): Record<string, string>; text(): Promise<string> },
  status: number,
) {
  expect(response.status()).toBe(status);
  expect(response.headers()["content-type"]).toContain("text/plain");
  const text = await response.text();
  expect(text.length).toBeLessThan(300);
  expect(text).not.toMatch(/at \w+ \(|node_modules|Error:|digest/);
  return text;
}

test.describe("malformed server-action requests", () => {
  test("answer 4xx with a short plain message; a well-formed replay still works", async ({ page }) => {
    const action = await captureSignInAction(page);
    const base = pick(action.headers, ["next-action", "next-router-state-tree", "content-type", "accept", "origin"]);

    const ok = await page.request.post(action.url, { headers: base, data: action.body });
    expect(ok.status()).toBe(200); // the replayed body reaches the action: it answers "wrong password"

    const foreign = await page.request.post(action.url, { headers: { ...base, origin: "https://evil.example" }, data: action.body });
    expect(await expectPlainRefusal(foreign, 403)).toContain("another site");
    const nullOrigin = await page.request.post(action.url, { headers: { ...base, origin: "null" }, data: action.body });
    await expectPlainRefusal(nullOrigin, 403);

    const junkTree = await page.request.post(action.url, {
      headers: { ...base, "next-router-state-tree": "%7B%22junk" },
      data: action.body,
    });
    await expectPlainRefusal(junkTree, 400);

    const boundary = "----consorttruncated";
    const truncated = await page.request.post(action.url, {
      headers: { ...base, "content-type": `multipart/form-data; boundary=${boundary}` },
      data: Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="email"\r\n\r\nnobody@consort.te`),
    });
    await expectPlainRefusal(truncated, 400);
  });
});
