// Single sign-on in Chromium through two REAL OpenID providers (oidc-provider: its own login and
// consent pages; tests/support/idp-server.ts) and the real Auth.js: an admin adds each institution's
// provider in Admin → Sign-in, people sign in through them, and every refusal shows its page and
// changes no account. Serial: later tests use the providers the first ones add.
import pg from "pg";
import type { Browser, Page } from "@playwright/test";
import { expect, expectNoAxeViolations, signInAs, test } from "./fixtures";
import { E2E_IDP_CLIENT, E2E_IDP_SLUGS, idpIssuer } from "./identity-providers";

test.describe.configure({ mode: "serial" });

let pool: pg.Pool | undefined;
const database = () => (pool ??= new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2, allowExitOnIdle: true }));

/** Accounts and bound identities, as one digest: equal before and after ⇒ no account was created or changed. */
async function accountsDigest(): Promise<string> {
  const { rows } = await database().query<{ digest: string }>(
    `SELECT md5(coalesce((SELECT string_agg(u::text, ',' ORDER BY u.id) FROM "User" u), '') ||
                coalesce((SELECT string_agg(s::text, ',' ORDER BY s.id) FROM "SsoIdentity" s), '')) AS digest`,
  );
  return rows[0]!.digest;
}

async function refusalsAudited(): Promise<number> {
  const { rows } = await database().query<{ count: string }>(`SELECT count(*) FROM "AuditLog" WHERE action = 'refuseSsoSignIn'`);
  return Number(rows[0]!.count);
}

/** Admin → Sign-in → Add identity provider, the way an admin fills it in. */
async function addProvider(page: Page, p: { name: string; slug: string; issuer: string; domains: string; institutions: string[] }) {
  await signInAs(page, "admin@consort.test");
  await page.goto("/admin/sign-in");
  await page.getByRole("link", { name: "Add identity provider" }).click();
  await page.getByLabel("Name on the sign-in page").fill(p.name);
  await page.getByLabel("Short name").fill(p.slug);
  await page.getByLabel("Issuer URL").fill(p.issuer);
  await page.getByLabel("Client ID").fill(E2E_IDP_CLIENT.clientId);
  await page.getByLabel("Client secret").fill(E2E_IDP_CLIENT.clientSecret);
  await page.getByLabel("E-mail domains").fill(p.domains);
  for (const institution of p.institutions) await page.getByRole("checkbox", { name: institution }).check();
  await page.getByRole("button", { name: "Add provider" }).click();
  await expect(page.getByText("Provider added.")).toBeVisible();
  await expect(page.getByText(`/api/auth/callback/sso-${p.slug}`)).toBeVisible();
}

/** The provider's own login and consent pages (oidc-provider's): any password; "cancel" leaves at consent. */
async function atProvider(page: Page, login: string, consent: "continue" | "cancel" = "continue") {
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("any password");
  await page.getByRole("button", { name: "Sign-in" }).click();
  if (consent === "cancel") await page.getByRole("link", { name: "[ Cancel ]" }).click();
  else await page.getByRole("button", { name: "Continue" }).click();
}

/** A person signing in through their institution: address on Consort's page, then the provider's pages. */
async function signInThroughInstitution(page: Page, email: string, login: string, consent: "continue" | "cancel" = "continue") {
  await page.goto("/login");
  await page.getByRole("link", { name: "Sign in with your institution" }).click();
  await page.getByLabel("University e-mail address").fill(email);
  await page.getByRole("button", { name: "Continue to my institution" }).click();
  // The address arrives at the provider as its login hint.
  await expect(page.locator('input[name="login"]')).toHaveValue(email);
  await atProvider(page, login, consent);
}

async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  return context.newPage();
}

test("an admin adds Rijnmond's provider; Pieter signs in through it and lands on My programmes", async ({ page, browser }) => {
  await addProvider(page, {
    name: "Rijnmond University login",
    slug: E2E_IDP_SLUGS.a,
    issuer: idpIssuer("a"),
    domains: "rijnmond.test",
    institutions: ["Rijnmond University"],
  });
  const pieter = await freshPage(browser);
  await signInThroughInstitution(pieter, "pieter.jansen@rijnmond.test", "pieter");
  await expect(pieter.getByRole("heading", { level: 1, name: "My programmes" })).toBeVisible();
  await expect(pieter.getByRole("banner")).toContainText("Pieter Jansen");
  await pieter.context().close();
});

test("a second institution's provider works at the same time: Tomasz signs in through Vistula and Lyon's", async ({ page, browser }) => {
  await addProvider(page, {
    name: "Vistula and Lyon login",
    slug: E2E_IDP_SLUGS.b,
    issuer: idpIssuer("b"),
    domains: "vut.test\nuniv-confluence.test",
    institutions: ["Vistula University of Technology", "Université Lumière-Confluence"],
  });
  const tomasz = await freshPage(browser);
  await signInThroughInstitution(tomasz, "tomasz.wisniewski@vut.test", "tomasz");
  await expect(tomasz.getByRole("heading", { level: 1, name: "My programmes" })).toBeVisible();
  await expect(tomasz.getByRole("banner")).toContainText("Tomasz Wiśniewski");
  // And Rijnmond's still works beside it, picked from the list this time.
  const pieter = await freshPage(browser);
  await pieter.goto("/login/institution");
  await pieter.getByLabel("Or pick your institution").selectOption({ label: "Rijnmond University" });
  await pieter.getByRole("button", { name: "Continue to my institution" }).click();
  await atProvider(pieter, "pieter");
  await expect(pieter.getByRole("heading", { level: 1, name: "My programmes" })).toBeVisible();
  await Promise.all([tomasz.context().close(), pieter.context().close()]);
});

for (const width of [1400, 390]) {
  test(`an identity provider's page and "Sign in with your institution" pass axe and fit ${width} px`, async ({ page, browser }) => {
    await page.setViewportSize({ width, height: 900 });
    await signInAs(page, "admin@consort.test");
    await page.goto("/admin/sign-in");
    await page.getByRole("link", { name: "Rijnmond University login" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Rijnmond University login" })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await expectNoAxeViolations(page);
    const visitor = await freshPage(browser);
    await visitor.setViewportSize({ width, height: 900 });
    await visitor.goto("/login/institution");
    await expect(visitor.getByRole("combobox", { name: "Or pick your institution" })).toBeVisible();
    expect(await visitor.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await visitor.context().close();
  });
}

const REFUSALS = [
  { who: "an unverified address", email: "sanne.bakker@rijnmond.test", login: "sanne", says: "has not verified your e-mail address" },
  { who: "an address outside the provider's domains", email: "stranger@rijnmond.test", login: "stranger", says: "not at a domain" },
  {
    who: "an address without an account (no accounts at first sign-in)",
    email: "noor.dewit@rijnmond.test",
    login: "newcomer",
    says: "no Consort account",
  },
  {
    who: "an account already bound to another person at the provider",
    email: "pieter.jansen@rijnmond.test",
    login: "pieter-again",
    says: "already signs in as someone else",
  },
  { who: "a deactivated account", email: "dieter.vogel@univ-confluence.test", login: "dieter", says: "deactivated" },
];

for (const refusal of REFUSALS) {
  test(`refuses ${refusal.who}, with a page that says what to do, and changes no account`, async ({ page }) => {
    const [before, audited] = await Promise.all([accountsDigest(), refusalsAudited()]);
    await signInThroughInstitution(page, refusal.email, refusal.login);
    await expect(page).toHaveURL(/\/login\/refused\?reason=/);
    await expect(page.getByRole("heading", { level: 1, name: "Sign-in refused" })).toBeVisible();
    await expect(page.getByRole("main").getByRole("alert")).toContainText(refusal.says);
    await expect(page.getByRole("main").getByRole("alert")).toContainText("No account was created or changed.");
    expect(await accountsDigest()).toBe(before);
    expect(await refusalsAudited()).toBe(audited + 1);
  });
}

test("a replayed callback and a login cancelled at the provider are refused with their page", async ({ page, browser }) => {
  const callbacks: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes(`/api/auth/callback/sso-${E2E_IDP_SLUGS.a}`)) callbacks.push(request.url());
  });
  await signInThroughInstitution(page, "pieter.jansen@rijnmond.test", "pieter");
  await expect(page.getByRole("heading", { level: 1, name: "My programmes" })).toBeVisible();
  const [before, audited] = await Promise.all([accountsDigest(), refusalsAudited()]);
  // The same callback again, from another browser (as a stolen link would be): its state and PKCE cookies are not there.
  const replay = await freshPage(browser);
  await replay.goto(callbacks[0]!);
  await expect(replay.getByRole("main").getByRole("alert")).toContainText("its link was already used, it did not start in this browser");
  await expectNoAxeViolations(replay);
  const cancelled = await freshPage(browser);
  await signInThroughInstitution(cancelled, "pieter.jansen@rijnmond.test", "pieter", "cancel");
  await expect(cancelled.getByRole("main").getByRole("alert")).toContainText("did not complete");
  expect(await accountsDigest()).toBe(before);
  expect(await refusalsAudited()).toBe(audited + 2);
  await Promise.all([replay.context().close(), cancelled.context().close()]);
});

test("an institution that requires single sign-on refuses its people's passwords with a message that says what to do", async ({
  page,
  browser,
}) => {
  await signInAs(page, "admin@consort.test");
  await page.goto("/admin/sign-in");
  await page.getByRole("button", { name: "Require single sign-on (Rijnmond University)" }).click();
  await expect(page.getByText("now sign in only through their institution's login")).toBeVisible();
  const sanne = await freshPage(browser);
  await sanne.goto("/login");
  await sanne.getByLabel("Email").fill("sanne.bakker@rijnmond.test");
  await sanne.getByLabel("Password").fill("consort-demo");
  await sanne.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(sanne.getByRole("main").getByRole("alert")).toContainText("Your institution signs you in through its own login");
  await page.getByRole("button", { name: "Allow passwords again (Rijnmond University)" }).click();
  await expect(page.getByText("may sign in with a password again")).toBeVisible();
  await sanne.context().close();
});

test("signing out of a single sign-on session goes on to the provider's logout, then back to Consort's sign-in page", async ({ page }) => {
  await signInThroughInstitution(page, "tomasz.wisniewski@vut.test", "tomasz");
  await expect(page.getByRole("heading", { level: 1, name: "My programmes" })).toBeVisible();
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  // oidc-provider's own logout confirmation.
  await page.getByRole("button", { name: /Yes, sign me out/i }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await page.goto("/programmes");
  await expect(page).toHaveURL(/\/login/);
});
