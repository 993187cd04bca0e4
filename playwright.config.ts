// End-to-end tests in real Chromium against a production build served on a seeded throwaway
// database. Run them with `npm run test:e2e` (or `npm test`), which provides that database.
import { createHash, randomBytes } from "node:crypto";
import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./tests/support/chromium";
import { freePort } from "./tests/support/free-port";

/**
 * How much slower than a quiet machine of this kind (2 cores, see README) this one is right now:
 * the median of three timings of a fixed hashing workload (≈ 200 ms on a quiet machine), divided by
 * that reference, clamped to 1–4. Timeouts below are what the suite needs on a quiet machine (with
 * its own two workers, browser and server as load), scaled by this factor: a busy CI machine gets
 * longer waits, and a quiet one still fails fast.
 */
const QUIET_MACHINE_WORKLOAD_MS = 200;
function measureSlowness(): number {
  const block = Buffer.alloc(64 * 1024, 7);
  const timings = [0, 1, 2].map(() => {
    const started = performance.now();
    let digest: Buffer = block;
    for (let i = 0; i < 2000; i++) digest = createHash("sha256").update(digest).update(block).digest();
    return performance.now() - started;
  });
  const median = timings.sort((a, b) => a - b)[1]!;
  return Math.min(4, Math.max(1, median / QUIET_MACHINE_WORKLOAD_MS));
}

if (!process.env.DATABASE_URL) {
  throw new Error(
    "The e2e server empties and seeds its database. Run the e2e tests with `npm run test:e2e`, which starts a throwaway one.",
  );
}

// Chosen once in the runner; workers load this file again and inherit the variables.
process.env.CONSORT_E2E_PORT ??= String(await freePort());
// The second server, which sends e-mail by SMTP to a real server the tests read (tests/support/smtp-app.ts).
process.env.CONSORT_E2E_SMTP_APP_PORT ??= String(await freePort());
process.env.CONSORT_E2E_MAILBOX_PORT ??= String(await freePort());
// Two real OpenID providers for the single sign-on tests (tests/support/idp-server.ts).
process.env.CONSORT_E2E_IDP_A_PORT ??= String(await freePort());
process.env.CONSORT_E2E_IDP_B_PORT ??= String(await freePort());
if (!process.env.CONSORT_E2E_SLOWNESS) {
  process.env.CONSORT_E2E_SLOWNESS = measureSlowness().toFixed(2);
  console.log(`e2e: this machine is ${process.env.CONSORT_E2E_SLOWNESS}× slower than a quiet one; timeouts are scaled by that.`);
}
// The server's session secret, known to the workers too: tests sign in by minting its cookie (fixtures.ts).
process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url");
const slowness = Number(process.env.CONSORT_E2E_SLOWNESS);
const scaled = (ms: number) => Math.round(ms * slowness);
const port = Number(process.env.CONSORT_E2E_PORT);
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "**/*.spec.ts",
  // Two cores: two workers keep the browser and the server busy without starving either.
  workers: 2,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // One page, one axe scan or one user flow per test (tests/e2e/fixtures.ts). The longest flows
  // (sign in, create, move, comment, resolve…: about twenty steps) take 20–29 s on a quiet machine
  // with the other worker busy, so a test has 60 s; each step still waits at most 10 s.
  timeout: scaled(60_000),
  expect: { timeout: scaled(10_000) },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    navigationTimeout: scaled(15_000),
    actionTimeout: scaled(10_000),
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: findChromium(),
      args: CHROMIUM_ARGS,
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: [
    {
      // The same start script as `npm start`: production build (rebuilt only when stale) in its own
      // folder, the database emptied and seeded with the demo partnership before the server starts.
      command: "node --import tsx lib/cli/start.ts --fresh-demo",
      url: `${baseURL}/login`,
      env: {
        PORT: String(port),
        NEXT_DIST_DIR: ".next-e2e",
        NEXT_TELEMETRY_DISABLED: "1",
        AUTH_SECRET: process.env.AUTH_SECRET,
        // The pseudo-locale (lib/i18n/pseudo.ts) for languages.spec.ts: off in production otherwise.
        CONSORT_PSEUDO_LOCALE: "1",
      },
      reuseExistingServer: false,
      timeout: scaled(300_000),
      stdout: "pipe",
      stderr: "pipe",
      // start.ts stops the Next.js process group it started; a SIGKILL would orphan it.
      gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    },
    {
      // The second Consort, started after the first (whose build it reuses): its own database and a
      // real SMTP server (tests/support/smtp-app.ts); tests/e2e/smtp-mailbox.ts reads what it sent.
      command: "node --import tsx tests/support/smtp-app.ts",
      url: `http://localhost:${process.env.CONSORT_E2E_SMTP_APP_PORT}/login`,
      env: {
        NEXT_DIST_DIR: ".next-e2e",
        NEXT_TELEMETRY_DISABLED: "1",
        AUTH_SECRET: process.env.AUTH_SECRET,
        CONSORT_E2E_SMTP_APP_PORT: process.env.CONSORT_E2E_SMTP_APP_PORT,
        CONSORT_E2E_MAILBOX_PORT: process.env.CONSORT_E2E_MAILBOX_PORT,
      },
      reuseExistingServer: false,
      timeout: scaled(300_000),
      stdout: "pipe",
      stderr: "pipe",
      gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    },
    {
      // Two identity providers (oidc-provider) that the single sign-on tests register and sign in through.
      command: "node --import tsx tests/support/idp-server.ts",
      url: `http://localhost:${process.env.CONSORT_E2E_IDP_A_PORT}/.well-known/openid-configuration`,
      env: {
        CONSORT_E2E_PORT: String(port),
        CONSORT_E2E_IDP_A_PORT: process.env.CONSORT_E2E_IDP_A_PORT,
        CONSORT_E2E_IDP_B_PORT: process.env.CONSORT_E2E_IDP_B_PORT,
      },
      reuseExistingServer: false,
      timeout: scaled(60_000),
      stdout: "pipe",
      stderr: "pipe",
    },
  ],
});
