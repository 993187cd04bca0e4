// Plain JavaScript: used by lib/cli/serve.mjs, which Node runs without a TypeScript loader.
//
// A POST to a page is a server action (with JavaScript: a `Next-Action` header; without: a
// multipart form post). Next.js answers a malformed one — a foreign or `null` Origin, a junk
// router-state header, a body over the limit or cut short — with HTTP 500 and its error page.
// These checks answer such requests first, with a 4xx and a short plain message.

/** @typedef {{ status: number, message: string }} Refusal */

/** @param {string | string[] | undefined} value */
const first = (value) => (Array.isArray(value) ? value[0] : value);

/**
 * Whether this request is aimed at a server action and must pass the checks below.
 * Route handlers under /api (Auth.js, health, the board's event stream) parse their own bodies.
 * @param {string | undefined} method
 * @param {string | undefined} url
 * @param {Record<string, string | string[] | undefined>} headers
 */
export function isActionRequest(method, url, headers) {
  if (method !== "POST" || (url ?? "/").startsWith("/api/")) return false;
  if (first(headers["next-action"]) !== undefined) return true;
  const type = String(first(headers["content-type"]) ?? "").toLowerCase();
  return type.startsWith("multipart/form-data") || type.startsWith("application/x-www-form-urlencoded");
}

/**
 * Checks of the request line and headers, before any of the body is read. A declared length over
 * the limit is left to proxy.ts, which sends a plain form post back to its form with the reason.
 * @param {Record<string, string | string[] | undefined>} headers
 * @returns {Refusal | null}
 */
export function checkActionHeaders(headers) {
  const origin = first(headers.origin);
  if (origin !== undefined) {
    const host = (first(headers["x-forwarded-host"])?.split(",")[0] ?? first(headers.host) ?? "").trim();
    if (origin === "null" || !host || hostOf(origin) !== host) {
      return { status: 403, message: "This form was sent from another site, so Consort refused it. Open Consort itself and try again." };
    }
  }
  const tree = first(headers["next-router-state-tree"]);
  if (tree !== undefined && !isRouterStateTree(tree)) {
    return { status: 400, message: "This request could not be read. Reload the page and try again." };
  }
  const length = first(headers["content-length"]);
  if (length !== undefined && !(/^\d+$/.test(length) && Number(length) >= 0)) {
    return { status: 400, message: "This request could not be read. Reload the page and try again." };
  }
  return null;
}

/** For a body that turns out larger than the limit while it is read (no Content-Length). @param {number} limit @returns {Refusal} */
export function tooLarge(limit) {
  return {
    status: 413,
    message: `This request is larger than Consort accepts (${Math.floor(limit / 1024 / 1024)} MiB in all). Attach fewer or smaller files and try again.`,
  };
}

/**
 * Checks that the whole body can be read the way Next.js will read it.
 * @param {string | undefined} contentType
 * @param {Buffer} body
 * @returns {Promise<Refusal | null>}
 */
export async function checkActionBody(contentType, body) {
  const type = String(contentType ?? "").toLowerCase();
  const unreadable = { status: 400, message: "The form could not be read completely. Reload the page and try again." };
  if (type.startsWith("multipart/form-data") || type.startsWith("application/x-www-form-urlencoded")) {
    try {
      await new Response(body, { headers: { "content-type": String(contentType) } }).formData();
      return null;
    } catch {
      return unreadable;
    }
  }
  // A fetch action with JavaScript sends its arguments as React's reply encoding: JSON text.
  if (type.startsWith("text/plain")) {
    try {
      JSON.parse(body.toString("utf8"));
      return null;
    } catch {
      return unreadable;
    }
  }
  return null;
}

/** @param {string} origin */
function hostOf(origin) {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/** Next.js sends the router state as URI-encoded JSON: an array (a tree segment). @param {string} value */
function isRouterStateTree(value) {
  try {
    return Array.isArray(JSON.parse(decodeURIComponent(value)));
  } catch {
    return false;
  }
}
