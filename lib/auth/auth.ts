import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { checkCredentials } from "./credentials";
import { endSession, startSession } from "./mutations";
import { AFTER_SIGN_IN, sameOriginPath } from "./redirect";
import { requestAddress } from "./request-address";
import { SESSION_IDLE_HOURS } from "./session-rules";
import { signInSchema } from "./sign-in-schema";

class ThrottledSignIn extends CredentialsSignin {
  code = "throttled";
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  // A JWT cookie (Auth.js's credentials sign-in needs one), but it only names a UserSession row:
  // lib/auth/session.ts honours it while that row is live, so sign-out really ends it.
  session: { strategy: "jwt", maxAge: SESSION_IDLE_HOURS * 60 * 60 },
  pages: { signIn: "/login" },
  // A wrong password is an expected outcome, shown to the user; it is not a server error to log.
  logger: {
    error(error) {
      if (error instanceof CredentialsSignin || (error as { type?: string }).type === "CredentialsSignin") return;
      console.error(error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: { label: "Email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const parsed = signInSchema.safeParse(credentials);
        if (!parsed.success) return null;
        const check = await checkCredentials(parsed.data.email, parsed.data.password, requestAddress(request.headers));
        if (check.outcome === "throttled") throw new ThrottledSignIn();
        return check.outcome === "ok" ? check.user : null;
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      // `user` is there only at sign-in: that is when the session row is created.
      if (user?.id) return { ...token, sub: user.id, sid: await startSession(user.id) };
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
});
