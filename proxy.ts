import { NextResponse, type NextRequest } from "next/server";
import { createNonce, isHttpsRequest, NONCE_HEADER, securityHeaders } from "@/lib/security/headers";
import { answerOversizedPost } from "@/lib/advice/oversized-post";
import { REQUESTED_PATH_HEADER } from "@/lib/auth/redirect";

// Runs before every page, route handler and server action. It sets headers and turns away posts
// too large to read; authorization lives in each page and action (a proxy matcher can silently
// skip paths).
export function proxy(request: NextRequest) {
  const nonce = createNonce();
  const headers = securityHeaders({
    nonce,
    https: isHttpsRequest(request.url, request.headers.get("x-forwarded-proto")),
    development: process.env.NODE_ENV === "development",
  });
  // Next reads the nonce from the request's CSP header and stamps it on its own <script> tags.
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set(NONCE_HEADER, nonce);
  requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]!);
  // The address asked for, so a page that sends a signed-out visitor to sign in can bring them back
  // (a link from an e-mail to an issue must lead to that issue after signing in). Never trusted from
  // the client: always overwritten here.
  requestHeaders.set(REQUESTED_PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  // A post over the body limit is answered here, with a message, instead of failing inside Next.js.
  const response = answerOversizedPost(request) ?? NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Static build assets are immutable files: no nonce to carry. Everything else, server-action
  // POSTs included, gets the headers.
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
