// Real OpenID providers for integration tests (lib/cli/identity-provider.ts: oidc-provider), one
// pair per test worker, started on first use on free ports and stopped when the worker ends.
import { afterAll } from "vitest";
import { freePort } from "./free-port";
import { startIdentityProvider, type IdpAccount, type RunningIdentityProvider } from "@/lib/cli/identity-provider";

export const TEST_CLIENT = { clientId: "consort", clientSecret: "consort-test-secret" };

/** The accounts each test issuer knows, by login name. */
export const TEST_ACCOUNTS: Record<string, IdpAccount> = {
  ana: { email: "ana@uni-a.example", emailVerified: true, name: "Ana Aalto" },
  unverified: { email: "ana@uni-a.example", emailVerified: false, name: "Ana Aalto" },
};

let running: Promise<{ a: RunningIdentityProvider; b: RunningIdentityProvider }> | undefined;

/** Two issuers ("A" and "B"), as two institutions' providers would be. */
export function testIdentityProviders() {
  running ??= (async () => {
    const start = async () =>
      startIdentityProvider({
        port: await freePort(),
        clients: [{ ...TEST_CLIENT, redirectUris: ["http://localhost:3000/api/auth/callback/sso-test"], postLogoutRedirectUris: [] }],
        accounts: TEST_ACCOUNTS,
      });
    const [a, b] = await Promise.all([start(), start()]);
    return { a, b };
  })();
  return running;
}

afterAll(async () => {
  if (!running) return;
  const { a, b } = await running;
  running = undefined;
  await Promise.all([a.stop(), b.stop()]);
});
