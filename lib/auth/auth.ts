import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { countRecentFailedSignIns, findUserForSignIn } from "./data";
import { recordSignInAttempt } from "./mutations";
import { verifyPassword } from "./password";
import { signInSchema } from "./sign-in-schema";
import { isThrottled, throttleWindowStart } from "./throttle";

export class ThrottledSignIn extends CredentialsSignin {
  code = "throttled";
}

function clientAddress(request: Request): string {
  const forwarded = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || request.headers.get("x-real-ip") || "unknown";
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
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
        const { email, password } = parsed.data;
        const ip = clientAddress(request);
        if (isThrottled(await countRecentFailedSignIns(email, ip, throttleWindowStart()))) throw new ThrottledSignIn();
        const user = await findUserForSignIn(email);
        // Verify even for unknown accounts? No hash to verify against; the throttle covers guessing.
        const ok = !!user?.passwordHash && !user.deactivatedAt && (await verifyPassword(user.passwordHash, password));
        await recordSignInAttempt(email, ip, ok);
        if (!ok || !user) return null;
        return { id: user.id, name: user.name, email: user.email };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      // Kept for the token's lifetime (iat moves on every refresh): "sign out everywhere" compares it.
      if (user?.id) return { ...token, sub: user.id, signedInAt: Date.now() };
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return { ...session, signedInAt: typeof token.signedInAt === "number" ? token.signedInAt : 0 };
    },
  },
});
