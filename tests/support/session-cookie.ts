// A signed-in browser without the sign-in form: a UserSession row and the Auth.js cookie that names
// it, which is exactly what a correct password produces (the jwt callback in lib/auth/auth.ts). For
// tests and tools that need someone signed in; the form itself is tested in tests/e2e/sign-in.spec.ts.
import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import type pg from "pg";

/** Auth.js's session cookie on plain http (the e2e and fault-test servers). */
export const SESSION_COOKIE = "authjs.session-token";

export type SignedInSession = { userId: string; sessionId: string; cookieValue: string };

/** Starts a session for the user with this e-mail and signs its cookie with the server's AUTH_SECRET. */
export async function mintSession(database: Pick<pg.Pool, "query">, email: string, secret: string): Promise<SignedInSession> {
  const { rows } = await database.query<{ id: string; name: string; email: string }>(
    `SELECT id, name, email FROM "User" WHERE email = $1`,
    [email],
  );
  const user = rows[0];
  if (!user) throw new Error(`No user ${email} in the test database: is it in the demo seed (prisma/seed)?`);
  const sessionId = `test-${randomUUID()}`;
  await database.query(`INSERT INTO "UserSession" (id, "userId") VALUES ($1, $2)`, [sessionId, user.id]);
  const cookieValue = await encode({
    token: { sub: user.id, name: user.name, email: user.email, sid: sessionId },
    secret,
    salt: SESSION_COOKIE,
    maxAge: 8 * 60 * 60,
  });
  return { userId: user.id, sessionId, cookieValue };
}
