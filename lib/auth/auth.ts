import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import NextAuth, { CredentialsSignin, type NextAuthConfig } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import type { OIDCConfig } from "next-auth/providers";
import { readSsoClaims } from "@/lib/sso/claims";
import { loadSsoClients, type SsoClient } from "@/lib/sso/data";
import { completeSsoSignIn, recordRefusedCallback } from "@/lib/sso/mutations";
import { slugOfAuthId } from "@/lib/sso/providers";
import { ssoRefusedPath } from "@/lib/sso/refusals";
import { checkCredentials } from "./credentials";
import { endSession, startSession } from "./mutations";
import { AFTER_SIGN_IN, sameOriginPath } from "./redirect";
import { requestAddress } from "./request-address";
import { SESSION_IDLE_HOURS } from "./session-rules";
import { signInSchema } from "./sign-in-schema";

class ThrottledSignIn extends CredentialsSignin {
  code = "throttled";
}

class SsoRequired extends CredentialsSignin {
  code = "ssoRequired";
}

const credentials = Credentials({
  credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
  async authorize(input, request) {
    const parsed = signInSchema.safeParse(input);
    if (!parsed.success) return null;
    const check = await checkCredentials(parsed.data.email, parsed.data.password, requestAddress(request.headers));
    if (check.outcome === "throttled") throw new ThrottledSignIn();
    if (check.outcome === "ssoRequired") throw new SsoRequired();
    return check.outcome === "ok" ? check.user : null;
  },
});

/** An identity provider as Auth.js speaks to it: authorization code with PKCE, state and nonce. */
function oidcProvider(client: SsoClient): OIDCConfig<Record<string, unknown>> {
  return {
    id: client.authId,
    name: client.displayName,
    type: "oidc",
    issuer: client.issuer,
    clientId: client.clientId,
    clientSecret: client.clientSecret,
    checks: ["pkce", "state", "nonce"],
    authorization: { params: { scope: "openid email profile" } },
    // The profile comes from userinfo (many providers put the address only there); the ID token is
    // still verified, and its issuer and subject are what Consort binds (lib/sso/claims.ts).
    idToken: false,
  };
}

// Identity providers live in the database: they are loaded only where a sign-in through one happens
// (Auth.js's sign-in and callback routes, and the "Sign in with your institution" action, which
// marks itself with withIdentityProviders), not on every page that reads the session.
const needsIdentityProviders = new AsyncLocalStorage<true>();

export function withIdentityProviders<T>(work: () => Promise<T>): Promise<T> {
  return needsIdentityProviders.run(true, work);
}

/** The provider slug of an Auth.js sign-in or callback request through an identity provider, else null. */
function ssoRouteSlug(request: Request | undefined): string | null {
  if (!request) return null;
  const match = /\/api\/auth\/(?:signin|callback)\/([^/?#]+)/.exec(new URL(request.url).pathname);
  return match ? slugOfAuthId(decodeURIComponent(match[1]!)) : null;
}

function isExpectedSignInError(error: Error): boolean {
  return error instanceof CredentialsSignin || (error as { type?: string }).type === "CredentialsSignin";
}

export const { handlers, auth, signIn, signOut } = NextAuth(async (request): Promise<NextAuthConfig> => {
  const slug = ssoRouteSlug(request);
  const clients = slug !== null || needsIdentityProviders.getStore() ? await loadSsoClients() : [];
  return {
    trustHost: true,
    // A JWT cookie (Auth.js's credentials sign-in needs one), but it only names a UserSession row:
    // lib/auth/session.ts honours it while that row is live, so sign-out really ends it.
    session: { strategy: "jwt", maxAge: SESSION_IDLE_HOURS * 60 * 60 },
    pages: { signIn: "/login", error: "/login/refused" },
    logger: {
      error(error) {
        // A wrong password is an expected outcome, shown to the user; it is not a server error to log.
        if (isExpectedSignInError(error)) return;
        // A callback Auth.js refused (replayed, forged, the provider's own error): audited, shown on /login/refused.
        if (slug !== null) {
          void recordRefusedCallback(slug, (error as { type?: string }).type ?? error.name).catch((failure) => console.error(failure));
          return;
        }
        console.error(error);
      },
    },
    providers: [credentials, ...clients.map(oidcProvider)],
    callbacks: {
      async signIn({ user, account, profile }) {
        if (account?.type !== "oidc") return true;
        const client = clients.find((c) => c.authId === account.provider);
        const claims = readSsoClaims(account.id_token, profile);
        if (!client || !claims) {
          await recordRefusedCallback(slugOfAuthId(account.provider) ?? account.provider, "noClaims");
          return ssoRefusedPath("noClaims");
        }
        const result = await completeSsoSignIn(client, claims);
        if ("refused" in result) return ssoRefusedPath(result.refused);
        // The Consort account, not the provider's subject, is who signs in (the jwt callback below).
        user.id = result.userId;
        return true;
      },
      async jwt({ token, user, account }) {
        // `user` is there only at sign-in: that is when the session row is created.
        if (user?.id) {
          const ssoProvider = account?.type === "oidc" ? slugOfAuthId(account.provider) : null;
          return { ...token, sub: user.id, sid: await startSession(user.id, ssoProvider) };
        }
        return token;
      },
      session({ session, token }) {
        if (token.sub) session.user.id = token.sub;
        return { ...session, sessionId: typeof token.sid === "string" ? token.sid : null };
      },
      // Every redirect Auth.js makes (callbackUrl, redirectTo) stays on this site.
      redirect({ url, baseUrl }) {
        return `${baseUrl}${sameOriginPath(url, baseUrl) ?? AFTER_SIGN_IN}`;
      },
    },
    events: {
      async signOut(message) {
        const sid = "token" in message ? message.token?.sid : undefined;
        if (typeof sid === "string") await endSession(sid);
      },
    },
  };
});
