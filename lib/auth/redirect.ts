// Where a sign-in (or sign-out) may send the browser afterwards: only somewhere on Consort itself.
// Checking the string's shape is not enough ("/\evil.example" is "//evil.example" to a browser), so
// the target is parsed the way a browser would, against our own origin, and must stay on it.

export const AFTER_SIGN_IN = "/programmes";

/** The same-origin path (with query and fragment) that `target` leads to, or null if it leaves `origin`. */
export function sameOriginPath(target: string, origin: string): string | null {
  let url: URL;
  try {
    url = new URL(target, origin);
  } catch {
    return null;
  }
  if (url.origin !== new URL(origin).origin) return null;
  // "/.//evil.example" parses to the path "//evil.example", which a browser would read as a host.
  const path = url.pathname.replace(/^\/{2,}/, "/");
  return `${path}${url.search}${url.hash}`;
}

// Any origin works for judging a relative `next`: a path that stays on this one stays on ours.
const SOME_ORIGIN = "https://consort.invalid";

/** The `next` of /login?next=… as a safe place to go after signing in (default: My programmes). */
export function afterSignInPath(next: string | null | undefined): string {
  return (next && sameOriginPath(next, SOME_ORIGIN)) || AFTER_SIGN_IN;
}

/** Set by proxy.ts on every request: the path (and query) the visitor asked for. */
export const REQUESTED_PATH_HEADER = "x-consort-requested-path";

/** Where to send a signed-out visitor of `requested`: the sign-in page, and back here afterwards. */
export function signInPathFor(requested: string | null | undefined): string {
  if (!requested || !requested.startsWith("/") || requested.startsWith("//") || requested === "/" || requested.startsWith("/login"))
    return "/login";
  return `/login?next=${encodeURIComponent(requested)}`;
}
