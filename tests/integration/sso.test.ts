// Single sign-on: identity providers added through the REAL admin actions against REAL OpenID
// providers (oidc-provider, tests/support/identity-providers.ts), and the account rules of a sign-in
// (completeSsoSignIn) on a real database. The browser flow through Auth.js is tests/e2e/sso.spec.ts.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { createUser, createWorld, type World } from "@/tests/factories";
import { db, resetDatabase } from "@/tests/support/database";
import { callAction } from "@/tests/support/action-harness";
import { TEST_CLIENT, testIdentityProviders } from "@/tests/support/identity-providers";
import { checkCredentials } from "@/lib/auth/credentials";
import {
  createIdentityProviderAction,
  deleteIdentityProviderAction,
  setInstitutionRequiresSsoAction,
  updateIdentityProviderAction,
} from "@/lib/sso/actions";
import { loadSsoClients } from "@/lib/sso/data";
import { completeSsoSignIn } from "@/lib/sso/mutations";
import type { SsoClaims } from "@/lib/sso/decide";
import { openSecret } from "@/lib/sso/secret";

vi.mock("@/lib/auth/session", () => import("@/tests/support/session-mock"));
vi.mock("@/lib/auth/auth", () => import("@/tests/support/auth-mock"));
vi.mock("next-auth", () => import("@/tests/support/next-auth-mock"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

let world: World;
beforeEach(async () => {
  await resetDatabase();
  world = await createWorld();
});

async function providerForm(issuer: string, overrides: Record<string, unknown> = {}) {
  return {
    displayName: "Partner A University",
    slug: "uni-a",
    issuer,
    clientId: TEST_CLIENT.clientId,
    clientSecret: TEST_CLIENT.clientSecret,
    domains: "uni-a.example\n@Staff.Uni-A.example",
    institutionIds: [world.partnerA.id],
    allowJustInTime: false,
    newAccountInstitutionId: "",
    ...overrides,
  };
}

/** Adds provider A through the admin action; the SsoProvider the sign-in code then sees. */
async function addProviderA(overrides: Record<string, unknown> = {}) {
  const { a } = await testIdentityProviders();
  const outcome = await callAction(createIdentityProviderAction, await providerForm(a.issuer, overrides), world.admin);
  expect(outcome).toMatchObject({ type: "redirect" });
  const [client] = await loadSsoClients();
  return client!;
}

/** A digest of one table's rows: equal before and after ⇒ nothing in it changed. */
async function rowsOf(table: "User" | "SsoIdentity" | "IdentityProvider"): Promise<string> {
  const [row] = await db.$queryRawUnsafe<{ digest: string | null }[]>(
    `SELECT md5(string_agg(t::text, ',' ORDER BY t::text)) AS digest FROM "${table}" t`,
  );
  return row?.digest ?? "empty";
}

const stateOf = (outcome: Awaited<ReturnType<typeof callAction>>) => (outcome.type === "state" ? outcome.state : null);

describe("Admin → Sign-in", () => {
  it("adds a provider after checking its discovery, with the secret sealed and an audit row", async () => {
    const client = await addProviderA();
    const row = await db.identityProvider.findFirstOrThrow({ include: { institutions: true } });
    expect(row).toMatchObject({ slug: "uni-a", domains: ["uni-a.example", "staff.uni-a.example"], allowJustInTime: false });
    expect(row.endSessionEndpoint).toMatch(/\/session\/end$/);
    expect(row.clientSecretSealed).not.toContain(TEST_CLIENT.clientSecret);
    expect(openSecret(row.clientSecretSealed)).toBe(TEST_CLIENT.clientSecret);
    expect(row.institutions.map((i) => i.institutionId)).toEqual([world.partnerA.id]);
    expect(client).toMatchObject({ authId: "sso-uni-a", clientSecret: TEST_CLIENT.clientSecret, source: "admin" });
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "createIdentityProvider" } });
    expect(JSON.stringify(audit.after)).not.toContain(TEST_CLIENT.clientSecret);
  });

  it("refuses an issuer that does not answer, or that calls itself otherwise, beside the field, saving nothing", async () => {
    const { a } = await testIdentityProviders();
    const before = await rowsOf("IdentityProvider");
    const unreachable = stateOf(await callAction(createIdentityProviderAction, await providerForm("http://localhost:9"), world.admin));
    expect(unreachable).toMatchObject({ status: "error", kind: "invalid" });
    expect(unreachable!.fieldErrors!.issuer![0]).toContain("did not answer at http://localhost:9/.well-known/openid-configuration");
    const slash = stateOf(await callAction(createIdentityProviderAction, await providerForm(`${a.issuer}/`), world.admin));
    expect(slash!.fieldErrors!.issuer![0]).toBe(
      `The provider calls itself “${a.issuer}”. Enter exactly that as the issuer URL (sign-ins are checked against it).`,
    );
    expect(await rowsOf("IdentityProvider")).toBe(before);
  });

  it("refuses a second provider with the same short name or issuer, and a non-admin", async () => {
    const { a } = await testIdentityProviders();
    await addProviderA();
    const again = stateOf(await callAction(createIdentityProviderAction, await providerForm(a.issuer), world.admin));
    expect(again).toMatchObject({ status: "error", kind: "conflict" });
    expect(Object.keys(again!.fieldErrors ?? {}).sort()).toEqual(["issuer", "slug"]);
    const notAdmin = stateOf(await callAction(createIdentityProviderAction, await providerForm(a.issuer, { slug: "other" }), world.leader));
    expect(notAdmin).toMatchObject({ status: "error", kind: "forbidden" });
    expect(await db.identityProvider.count()).toBe(1);
  });

  it("keeps the stored secret when the edit leaves it empty, and replaces it when given", async () => {
    const { a } = await testIdentityProviders();
    await addProviderA();
    const row = await db.identityProvider.findFirstOrThrow();
    const edit = { ...(await providerForm(a.issuer, { displayName: "Partner A (staff)", clientSecret: "" })), providerId: row.id };
    expect(stateOf(await callAction(updateIdentityProviderAction, edit, world.admin))).toMatchObject({ status: "success" });
    const kept = await db.identityProvider.findUniqueOrThrow({ where: { id: row.id } });
    expect(kept.displayName).toBe("Partner A (staff)");
    expect(openSecret(kept.clientSecretSealed)).toBe(TEST_CLIENT.clientSecret);
    await callAction(updateIdentityProviderAction, { ...edit, clientSecret: "a-new-secret" }, world.admin);
    expect(openSecret((await db.identityProvider.findUniqueOrThrow({ where: { id: row.id } })).clientSecretSealed)).toBe("a-new-secret");
  });

  it("requires single sign-on only for an institution a provider serves; its people's passwords are then refused", async () => {
    const ana = await createUser({
      name: "Ana Aalto",
      email: "ana@uni-a.example",
      institutionId: world.partnerA.id,
      password: "a good password 1",
    });
    const unserved = stateOf(
      await callAction(setInstitutionRequiresSsoAction, { institutionId: world.partnerA.id, requireSso: "on" }, world.admin),
    );
    expect(unserved).toMatchObject({ status: "error", kind: "conflict" });
    await addProviderA();
    expect(
      stateOf(await callAction(setInstitutionRequiresSsoAction, { institutionId: world.partnerA.id, requireSso: "on" }, world.admin)),
    ).toMatchObject({
      status: "success",
    });
    expect(await checkCredentials(ana.email, "a good password 1", "10.1.1.1")).toEqual({ outcome: "ssoRequired" });
    // Removing the only provider that serves it gives the institution its passwords back.
    const row = await db.identityProvider.findFirstOrThrow();
    expect(await callAction(deleteIdentityProviderAction, { providerId: row.id }, world.admin)).toMatchObject({ type: "redirect" });
    expect((await db.institution.findUniqueOrThrow({ where: { id: world.partnerA.id } })).requireSso).toBe(false);
    expect(await checkCredentials(ana.email, "a good password 1", "10.1.1.1")).toMatchObject({ outcome: "ok" });
  });
});

describe("providers from CONSORT_OIDC_PROVIDERS", () => {
  const environmentProvider = (issuer: string) =>
    JSON.stringify([
      {
        slug: "uni-a",
        displayName: "Partner A (from the environment)",
        issuer,
        clientId: "env-client",
        clientSecret: "env-secret",
        domains: ["Uni-A.example"],
        institutions: [world.partnerA.shortName],
      },
    ]);

  it("win over a stored provider with the same short name, which the admin can then not add", async () => {
    const { a, b } = await testIdentityProviders();
    await addProviderA();
    process.env.CONSORT_OIDC_PROVIDERS = environmentProvider(b.issuer);
    try {
      const clients = await loadSsoClients();
      expect(clients).toHaveLength(1);
      expect(clients[0]).toMatchObject({
        source: "environment",
        issuer: b.issuer,
        clientSecret: "env-secret",
        domains: ["uni-a.example"],
        institutionIds: [world.partnerA.id],
      });
      await db.identityProvider.deleteMany();
      const clash = stateOf(await callAction(createIdentityProviderAction, await providerForm(a.issuer), world.admin));
      expect(clash).toMatchObject({ status: "error", kind: "conflict" });
      expect(Object.keys(clash!.fieldErrors ?? {})).toEqual(["slug"]);
    } finally {
      delete process.env.CONSORT_OIDC_PROVIDERS;
    }
  });

  it("stop with a message that names what is wrong when the variable is malformed", async () => {
    process.env.CONSORT_OIDC_PROVIDERS = '[{"slug":"Uni A"}]';
    try {
      await expect(loadSsoClients()).rejects.toThrow(/CONSORT_OIDC_PROVIDERS: 0\.slug: .*see \.env\.example/);
    } finally {
      delete process.env.CONSORT_OIDC_PROVIDERS;
    }
  });
});

describe("whom a sign-in through a provider is", () => {
  const claims = (issuer: string, overrides: Partial<SsoClaims> = {}): SsoClaims => ({
    issuer,
    subject: "ana-subject",
    email: "ana@uni-a.example",
    emailVerified: true,
    name: "Ana Aalto",
    ...overrides,
  });

  it("binds an existing account by its verified address, then knows it by subject even after the address changed", async () => {
    const provider = await addProviderA();
    const ana = await createUser({ name: "Ana Aalto", email: "ana@uni-a.example", institutionId: world.partnerA.id });
    expect(await completeSsoSignIn(provider, claims(provider.issuer))).toEqual({ userId: ana.id });
    expect(await db.ssoIdentity.findMany({ select: { userId: true, issuer: true, subject: true } })).toEqual([
      { userId: ana.id, issuer: provider.issuer, subject: "ana-subject" },
    ]);
    expect(await db.auditLog.count({ where: { action: "bindSsoIdentity", entityId: ana.id } })).toBe(1);
    expect(await completeSsoSignIn(provider, claims(provider.issuer, { email: "ana.aalto@elsewhere.example" }))).toEqual({
      userId: ana.id,
    });
  });

  it("creates an account just in time only when the provider allows it: at its institution, in no programme", async () => {
    const closed = await addProviderA();
    const before = await rowsOf("User");
    expect(await completeSsoSignIn(closed, claims(closed.issuer, { email: "new.person@uni-a.example", name: "New Person" }))).toEqual({
      refused: "noAccount",
    });
    expect(await rowsOf("User")).toBe(before);
    const open = { ...closed, allowJustInTime: true, newAccountInstitutionId: world.partnerA.id };
    const result = await completeSsoSignIn(open, claims(open.issuer, { email: "New.Person@uni-a.example", name: "New Person" }));
    const created = await db.user.findUniqueOrThrow({ where: { email: "new.person@uni-a.example" }, include: { memberships: true } });
    expect(result).toEqual({ userId: created.id });
    expect(created).toMatchObject({ name: "New Person", institutionId: world.partnerA.id, passwordHash: null, memberships: [] });
    expect(await db.auditLog.count({ where: { action: "createUserJustInTime", entityId: created.id } })).toBe(1);
  });

  it.each([
    ["an unverified address", { emailVerified: false }, "unverifiedEmail"],
    ["no address", { email: null }, "noEmail"],
    ["an address outside the provider's domains", { email: "ana@uni-b.example" }, "domainNotServed"],
    ["another issuer's token", { issuer: "http://localhost:1" }, "issuerMismatch"],
  ] as const)("refuses %s, changing no account, with an audit row", async (_, overrides, reason) => {
    const provider = await addProviderA();
    await createUser({ name: "Ana Aalto", email: "ana@uni-a.example", institutionId: world.partnerA.id });
    const before = await Promise.all([rowsOf("User"), rowsOf("SsoIdentity")]);
    expect(await completeSsoSignIn(provider, claims(provider.issuer, overrides))).toEqual({ refused: reason });
    expect(await Promise.all([rowsOf("User"), rowsOf("SsoIdentity")])).toEqual(before);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "refuseSsoSignIn" } });
    expect(audit).toMatchObject({ actorId: null, entityType: "IdentityProvider", entityId: "uni-a" });
    expect(audit.after).toMatchObject({ reason });
  });

  it("refuses an account already bound to another person at the provider, and a deactivated one", async () => {
    const provider = await addProviderA();
    const ana = await createUser({ name: "Ana Aalto", email: "ana@uni-a.example", institutionId: world.partnerA.id });
    await completeSsoSignIn(provider, claims(provider.issuer));
    expect(await completeSsoSignIn(provider, claims(provider.issuer, { subject: "someone-else" }))).toEqual({
      refused: "boundToAnotherIdentity",
    });
    await db.user.update({ where: { id: ana.id }, data: { deactivatedAt: new Date() } });
    expect(await completeSsoSignIn(provider, claims(provider.issuer))).toEqual({ refused: "deactivated" });
    expect(await db.ssoIdentity.count()).toBe(1);
    expect(await db.auditLog.count({ where: { action: "refuseSsoSignIn" } })).toBe(2);
  });
});
