// A real OpenID provider (oidc-provider, with its built-in login and consent pages) for the quick
// start (`npm run dev:idp`) and the tests: not a mock. Its login page takes a login name from the
// accounts given and any password. http on localhost only: never expose it.
import type { Server } from "node:http";
import Provider, { type Account, type ClientMetadata } from "oidc-provider";

export type IdpAccount = { email: string | null; emailVerified: boolean; name: string };

export type IdpClient = { clientId: string; clientSecret: string; redirectUris: string[]; postLogoutRedirectUris: string[] };

export type RunningIdentityProvider = { issuer: string; stop: () => Promise<void> };

/**
 * Starts an issuer at http://localhost:<port>. `accounts` is keyed by login name (what the login page
 * asks for), which is also the account's subject.
 */
export async function startIdentityProvider(options: {
  port: number;
  clients: IdpClient[];
  accounts: Record<string, IdpAccount>;
}): Promise<RunningIdentityProvider> {
  const issuer = `http://localhost:${options.port}`;
  const clients: ClientMetadata[] = options.clients.map((client) => ({
    client_id: client.clientId,
    client_secret: client.clientSecret,
    redirect_uris: client.redirectUris,
    post_logout_redirect_uris: client.postLogoutRedirectUris,
    grant_types: ["authorization_code"],
    response_types: ["code"],
  }));
  const provider = new Provider(issuer, {
    clients,
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    // The ID token carries the e-mail too (oidc-provider's default keeps it to userinfo only).
    conformIdTokenClaims: false,
    pkce: { required: () => true },
    // Explicit lifetimes (an hour; a day for the provider's own session), so it does not warn about its defaults.
    ttl: { AccessToken: 3600, AuthorizationCode: 60, IdToken: 3600, Interaction: 3600, Session: 86400, Grant: 86400 },
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    cookies: { keys: [`consort-dev-idp-${options.port}`] },
    // The login name is the account's id and its subject (`sub`).
    findAccount(_context, login): Promise<Account | undefined> {
      const account = options.accounts[login];
      if (!account) return Promise.resolve(undefined);
      return Promise.resolve({
        accountId: login,
        claims: () => ({
          sub: login,
          name: account.name,
          ...(account.email === null ? {} : { email: account.email, email_verified: account.emailVerified }),
        }),
      });
    },
  });
  const server: Server = await new Promise((resolve) => {
    const listening = provider.listen(options.port, "127.0.0.1", () => resolve(listening));
  });
  return {
    issuer,
    stop: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
