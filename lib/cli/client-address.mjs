// Plain JavaScript: used by lib/cli/serve.mjs, which Node runs without a TypeScript loader.

/**
 * The client's address: the socket's, or — behind `trustedProxies` reverse proxies — the entry the
 * outermost trusted proxy appended to X-Forwarded-For. Entries further left came from the client
 * and are ignored, so a forged header cannot pick the address.
 * @param {string | undefined} forwardedFor
 * @param {string | undefined} socketAddress
 * @param {number} trustedProxies
 * @returns {string}
 */
export function clientAddress(forwardedFor, socketAddress, trustedProxies) {
  const chain = String(forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  chain.push(socketAddress || "unknown");
  return chain[Math.max(0, chain.length - 1 - trustedProxies)] ?? "unknown";
}
