// The security headers of every response, built in one place so the proxy stays thin and a unit
// test can check the policy without a server. Isomorphic: no Node-only APIs (the proxy may run on
// the edge runtime elsewhere).

export const NONCE_HEADER = "x-nonce";

/** 16 random bytes, base64: unguessable, fresh for every request. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Scripts: only those carrying this request's nonce, plus what they load ('strict-dynamic' lets
 * Next's bootstrap load its chunks); no 'unsafe-inline'. Development adds 'unsafe-eval', which
 * React's dev build needs for its call stacks; production never has it.
 * Styles: 'unsafe-inline' stays, because React and Next set `style` attributes (route announcer,
 * error overlay) and nonces do not apply to attributes. Injected CSS cannot run code; the script
 * policy is what stops XSS.
 */
export function contentSecurityPolicy(nonce: string, options: { development?: boolean } = {}): string {
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    ["script-src", "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(options.development ? ["'unsafe-eval'"] : [])],
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", "'self'", "data:", "blob:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'", ...(options.development ? ["ws:"] : [])],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
  ];
  return directives.map((d) => d.join(" ")).join("; ");
}

/** Did this request reach us over HTTPS, directly or through a TLS-terminating proxy? */
export function isHttpsRequest(url: string, forwardedProto: string | null): boolean {
  const first = forwardedProto?.split(",")[0]?.trim().toLowerCase();
  if (first) return first === "https";
  return url.startsWith("https:");
}

export function securityHeaders(options: { nonce: string; https: boolean; development?: boolean }): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(options.nonce, { development: options.development }),
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    // HSTS over plain HTTP is ignored by browsers and would pin localhost development to HTTPS.
    ...(options.https ? { "Strict-Transport-Security": "max-age=31536000; includeSubDomains" } : {}),
  };
}
