// The production web server behind `npm start`: Next.js's own request handler in a plain Node
// HTTP server, so that the client address the app sees (X-Forwarded-For, used to throttle sign-ins
// per address) cannot be forged. `next start` keeps a client-sent X-Forwarded-For as it is; here
// every entry a trusted proxy did not add is dropped and the socket address is used instead.
//   CONSORT_TRUSTED_PROXIES = how many reverse proxies stand in front of Consort (default 0).
import { createServer } from "node:http";
import path from "node:path";
import next from "next";
import { clientAddress } from "./client-address.mjs";

const port = Number(process.env.PORT ?? 3000);
const trustedProxies = Math.max(0, Number(process.env.CONSORT_TRUSTED_PROXIES ?? 0) || 0);
const dir = path.resolve(import.meta.dirname, "..", "..");

const app = next({ dev: false, dir, hostname: "localhost", port });
await app.prepare();
const handle = app.getRequestHandler();

createServer((request, response) => {
  const forwarded = request.headers["x-forwarded-for"];
  request.headers["x-forwarded-for"] = clientAddress(
    Array.isArray(forwarded) ? forwarded.join(",") : forwarded,
    request.socket.remoteAddress,
    trustedProxies,
  );
  delete request.headers["x-real-ip"];
  void handle(request, response);
}).listen(port, () => {
  console.log(`▲ Next.js production server listening on http://localhost:${port}`);
});
