// The production web server behind `npm start`: Next.js's own request handler in a plain Node
// HTTP server, so that
// - the client address the app sees (X-Forwarded-For, used to throttle sign-ins per address)
//   cannot be forged: `next start` keeps a client-sent X-Forwarded-For as it is; here every entry a
//   trusted proxy did not add is dropped and the socket address is used instead;
// - a malformed server-action request gets a 4xx with a short plain message instead of Next's 500
//   (lib/cli/action-request-guard.mjs).
//   CONSORT_TRUSTED_PROXIES = how many reverse proxies stand in front of Consort (default 0).
import { Buffer } from "node:buffer";
import { createServer, IncomingMessage } from "node:http";
import path from "node:path";
import next from "next";
import nextConfig from "../../next.config.js";
import { checkActionBody, checkActionHeaders, isActionRequest, tooLarge } from "./action-request-guard.mjs";
import { clientAddress } from "./client-address.mjs";

const port = Number(process.env.PORT ?? 3000);
const trustedProxies = Math.max(0, Number(process.env.CONSORT_TRUSTED_PROXIES ?? 0) || 0);
const dir = path.resolve(import.meta.dirname, "..", "..");
/** Server actions read at most this much (next.config.js; the advice forms' largest legal post). */
const bodyLimit = Number(nextConfig.experimental?.serverActions?.bodySizeLimit);
if (!Number.isSafeInteger(bodyLimit)) throw new Error("next.config.js must give serverActions.bodySizeLimit in bytes.");

const app = next({ dev: false, dir, hostname: "localhost", port });
await app.prepare();
const handle = app.getRequestHandler();

/** @param {import("node:http").ServerResponse} response @param {{ status: number, message: string }} refusal */
function refuse(response, refusal) {
  response.writeHead(refusal.status, {
    "content-type": "text/plain; charset=utf-8",
    "cache-control": "no-store",
    "x-content-type-options": "nosniff",
    connection: "close",
  });
  response.end(`${refusal.message}\n`);
}

/**
 * Reads the whole body (up to the limit), checks it, and hands Next.js a request that replays it.
 * @param {import("node:http").IncomingMessage} request
 * @param {import("node:http").ServerResponse} response
 */
function handleAction(request, response) {
  const chunks = [];
  let size = 0;
  let refused = false;
  request.on("data", (chunk) => {
    if (refused) return;
    size += chunk.length;
    if (size > bodyLimit) {
      refused = true;
      refuse(response, tooLarge(bodyLimit));
      request.resume();
      return;
    }
    chunks.push(chunk);
  });
  request.on("error", () => response.destroy());
  request.on("end", () => {
    if (refused) return;
    // A body shorter than its Content-Length never ends: the client went away (Node emits
    // "aborted"/"error"), so reaching "end" means the body is whole as far as HTTP is concerned.
    const body = Buffer.concat(chunks);
    checkActionBody(request.headers["content-type"], body).then((refusal) => {
      if (refusal) return refuse(response, refusal);
      const replay = new IncomingMessage(request.socket);
      replay.method = request.method;
      replay.url = request.url;
      replay.httpVersion = request.httpVersion;
      replay.httpVersionMajor = request.httpVersionMajor;
      replay.httpVersionMinor = request.httpVersionMinor;
      replay.headers = request.headers;
      replay.rawHeaders = request.rawHeaders;
      // Marked complete, as the HTTP parser marks a whole request: an incomplete message destroys its
      // socket when it is done with, and the response would never reach the browser.
      replay.complete = true;
      replay.push(body);
      replay.push(null);
      void handle(replay, response);
    });
  });
}

createServer((request, response) => {
  const forwarded = request.headers["x-forwarded-for"];
  request.headers["x-forwarded-for"] = clientAddress(
    Array.isArray(forwarded) ? forwarded.join(",") : forwarded,
    request.socket.remoteAddress,
    trustedProxies,
  );
  delete request.headers["x-real-ip"];
  if (isActionRequest(request.method, request.url, request.headers)) {
    const refusal = checkActionHeaders(request.headers);
    if (refusal) {
      request.resume();
      return refuse(response, refusal);
    }
    // Declared too large: proxy.ts answers before Next.js reads the body (back to the form).
    if (Number(request.headers["content-length"]) > bodyLimit) return void handle(request, response);
    return handleAction(request, response);
  }
  void handle(request, response);
}).listen(port, () => {
  console.log(`▲ Next.js production server listening on http://localhost:${port}`);
});
