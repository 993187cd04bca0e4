// Security headers on pages and server-action responses, the nonce-based CSP (and that the app
// still hydrates under it), session cookie flags, and no password hash in any response.
// Read-only on the demo data (sign-ins only).
import type { Page, Response } from "@playwright/test";
import { expect, signInAs, signInThroughForm, test } from "./fixtures";

const MAIN = "Climate-Resilient Urban Water Management";

function directive(csp: string, name: string): string[] {
  return (
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .find(([n]) => n === name)
      ?.slice(1) ?? []
  );
}

function expectSecurityHeaders(headers: Record<string, string>, where: string) {
  const csp = headers["content-security-policy"] ?? "";
  const scripts = directive(csp, "script-src");
  expect(
    scripts.some((s) => /^'nonce-[A-Za-z0-9+/=]{16,}'$/.test(s)),
    `${where}: script-src has a nonce`,
  ).toBe(true);
  expect(scripts, `${where}: script-src`).toContain("'strict-dynamic'");
  expect(scripts, `${where}: no inline scripts`).not.toContain("'unsafe-inline'");
  expect(scripts, `${where}: no eval in production`).not.toContain("'unsafe-eval'");
  expect(directive(csp, "frame-ancestors"), where).toEqual(["'none'"]);
  expect(directive(csp, "object-src"), where).toEqual(["'none'"]);
  expect(directive(csp, "base-uri"), where).toEqual(["'self'"]);
  expect(directive(csp, "form-action"), where).toEqual(["'self'"]);
  expect(headers["referrer-policy"], where).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"], where).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/);
  expect(headers["x-content-type-options"], where).toBe("nosniff");
  expect(headers["x-frame-options"], where).toBe("DENY");
}

/** Records CSP violations (the listener is installed by the browser, outside the page's CSP). */
async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const consoleViolations: string[] = [];
  page.on("console", (m) => /Content.Security.Policy/i.test(m.text()) && consoleViolations.push(m.text()));
  await page.addInitScript(() => {
    (window as unknown as { __csp: string[] }).__csp = [];
    document.addEventListener("securitypolicyviolation", (e) =>
      (window as unknown as { __csp: string[] }).__csp.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return async () => [...consoleViolations, ...(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp))];
}

test("pages carry the security headers and a fresh nonce on every script", async ({ page, request }) => {
  const first = (await page.goto("/login"))!;
  expectSecurityHeaders(first.headers(), "GET /login");
  expect(first.headers()["strict-transport-security"], "no HSTS over plain HTTP").toBeUndefined();
  const nonce = /'nonce-([^']+)'/.exec(first.headers()["content-security-policy"] ?? "")?.[1];
  const html = await first.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag, "every script tag carries this response's nonce").toContain(`nonce="${nonce}"`);

  const second = await request.get("/login");
  const secondNonce = /'nonce-([^']+)'/.exec(second.headers()["content-security-policy"] ?? "")?.[1];
  expect(secondNonce).toBeTruthy();
  expect(secondNonce).not.toBe(nonce);

  const viaTls = await request.get("/login", { headers: { "x-forwarded-proto": "https" } });
  expect(viaTls.headers()["strict-transport-security"]).toMatch(/max-age=\d{7,}/);
});

test("server-action responses carry the headers; the session cookie is HttpOnly and SameSite=Lax; the app hydrates with no CSP violation", async ({
  page,
}) => {
  const violations = await watchCsp(page);
  const actionResponse = page.waitForResponse((r) => r.request().method() === "POST" && Boolean(r.request().headers()["next-action"]));
  await signInThroughForm(page, "leader@consort.test");
  const response = await actionResponse;
  expectSecurityHeaders(response.headers(), "sign-in server action");
  const setCookie = (await response.headerValues("set-cookie")).find((c) => c.startsWith("authjs.session-token="));
  expect(setCookie, "the sign-in action sets the session cookie").toBeTruthy();
  expect(setCookie).toMatch(/;\s*HttpOnly/i);
  expect(setCookie).toMatch(/;\s*SameSite=Lax/i);
  expect(setCookie, "not Secure over plain HTTP").not.toMatch(/;\s*Secure/i);
  const session = (await page.context().cookies()).find((c) => c.name === "authjs.session-token");
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });

  // Hydrated: React owns the DOM, and client-side navigation works.
  await page.getByRole("main").getByRole("link", { name: MAIN }).click();
  await page.getByRole("link", { name: "People" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "People" })).toBeVisible();
  const hydrated = await page.evaluate(() => Object.keys(document.querySelector("main") ?? {}).some((k) => k.startsWith("__react")));
  expect(hydrated, "React hydrated the page").toBe(true);
  expect(await violations()).toEqual([]);
});

test("behind a TLS-terminating proxy (X-Forwarded-Proto: https) the session cookie is Secure", async ({ browser }) => {
  const context = await browser.newContext({ extraHTTPHeaders: { "x-forwarded-proto": "https" } });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("Email").fill("leader@consort.test");
  await page.getByLabel("Password").fill("consort-demo");
  const actionResponse = page.waitForResponse((r) => r.request().method() === "POST" && Boolean(r.request().headers()["next-action"]));
  await page.getByRole("button", { name: "Sign in" }).click();
  const response = await actionResponse;
  const setCookie = (await response.headerValues("set-cookie")).find((c) => c.startsWith("__Secure-authjs.session-token="));
  expect(setCookie, "the cookie takes the __Secure- prefix").toBeTruthy();
  expect(setCookie).toMatch(/;\s*Secure/i);
  expect(setCookie).toMatch(/;\s*HttpOnly/i);
  expect(setCookie).toMatch(/;\s*SameSite=Lax/i);
  expect(response.headers()["strict-transport-security"]).toMatch(/max-age=/);
  await context.close();
});

test("no page or server-action response contains a password hash", async ({ page }) => {
  // Two sign-ins and eight pages: three times the (measured, scaled) budget of a one-page test.
  test.slow();
  const bodies: { url: string; body: string }[] = [];
  const pending: Promise<unknown>[] = [];
  page.on("response", (r: Response) => {
    const type = r.headers()["content-type"] ?? "";
    if (/text\/html|text\/x-component|application\/json/.test(type))
      pending.push(
        r.text().then(
          (body) => bodies.push({ url: `${r.request().method()} ${r.url()}`, body }),
          () => {},
        ),
      );
  });
  await signInAs(page, "admin@consort.test");
  for (const path of ["/programmes", "/admin/users"]) await page.goto(path);
  const userLink = page
    .getByRole("main")
    .getByRole("link")
    .filter({ hasText: /@consort\.test/ })
    .first();
  if (await userLink.count()) await userLink.click();
  await page.context().clearCookies();
  await signInAs(page, "leader@consort.test");
  await page.getByRole("main").getByRole("link", { name: MAIN }).click();
  for (const section of ["people", "audit", "services", "advice", "board", "task-force"]) {
    await page
      .getByRole("link", {
        name: {
          people: "People",
          audit: "Audit trail",
          services: "Services",
          advice: "Advice",
          board: "Board",
          "task-force": "Task force",
        }[section],
      })
      .first()
      .click();
    await page.waitForURL(new RegExp(`/${section}$`));
  }
  await Promise.all(pending);
  expect(bodies.length).toBeGreaterThan(10);
  const leaks = bodies.filter((b) => b.body.includes("$argon2") || b.body.includes("passwordHash")).map((b) => b.url);
  expect(leaks).toEqual([]);
});
