// The e2e tests' two identity providers (playwright.config.ts starts this as a web server): real
// OpenID providers (lib/cli/identity-provider.ts) for two institutions, with scripted accounts.
// A serves Rijnmond University (rijnmond.test), B serves Vistula and Lyon (vut.test, univ-confluence.test).
import { startIdentityProvider, type IdpAccount } from "@/lib/cli/identity-provider";
import { E2E_IDP_CLIENT, E2E_IDP_SLUGS } from "@/tests/e2e/identity-providers";

const appUrl = `http://localhost:${process.env.CONSORT_E2E_PORT}`;

const A_ACCOUNTS: Record<string, IdpAccount> = {
  pieter: { email: "pieter.jansen@rijnmond.test", emailVerified: true, name: "Pieter Jansen" },
  // Another person at the provider with Pieter's address (passed on, say): another subject.
  "pieter-again": { email: "pieter.jansen@rijnmond.test", emailVerified: true, name: "Pieter Jansen" },
  sanne: { email: "sanne.bakker@rijnmond.test", emailVerified: false, name: "Sanne Bakker" },
  stranger: { email: "stranger@elsewhere.test", emailVerified: true, name: "Sam Stranger" },
  newcomer: { email: "noor.dewit@rijnmond.test", emailVerified: true, name: "Noor de Wit" },
};
const B_ACCOUNTS: Record<string, IdpAccount> = {
  tomasz: { email: "tomasz.wisniewski@vut.test", emailVerified: true, name: "Tomasz Wiśniewski" },
  dieter: { email: "dieter.vogel@univ-confluence.test", emailVerified: true, name: "Dieter Vogel" },
};

const client = (slug: string) => ({
  ...E2E_IDP_CLIENT,
  redirectUris: [`${appUrl}/api/auth/callback/sso-${slug}`],
  postLogoutRedirectUris: [`${appUrl}/login`],
});

const running = await Promise.all([
  startIdentityProvider({ port: Number(process.env.CONSORT_E2E_IDP_A_PORT), clients: [client(E2E_IDP_SLUGS.a)], accounts: A_ACCOUNTS }),
  startIdentityProvider({ port: Number(process.env.CONSORT_E2E_IDP_B_PORT), clients: [client(E2E_IDP_SLUGS.b)], accounts: B_ACCOUNTS }),
]);
console.log(`Identity providers at ${running.map((r) => r.issuer).join(" and ")}`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => void Promise.all(running.map((r) => r.stop())).then(() => process.exit(0)));
}
