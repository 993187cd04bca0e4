// End-to-end tests in real Chromium against a production build served on a seeded throwaway
// database. Run them with `npm run test:e2e` (or `npm test`), which provides that database.
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { chromium, defineConfig, devices } from "@playwright/test";

function findChromium(): string {
  const explicit = process.env.CHROMIUM_PATH;
  if (explicit) {
    if (existsSync(explicit)) return explicit;
    throw new Error(`CHROMIUM_PATH is set to ${explicit}, but no such file exists. Fix the path, or unset it to use /usr/bin/chromium.`);
  }
  const found = ["/usr/bin/chromium", chromium.executablePath()].find((candidate) => existsSync(candidate));
  if (found) return found;
  throw new Error(
    "No Chromium found for the end-to-end tests. Install one with `apt-get install -y chromium` (Debian/Ubuntu), " +
      "or set CHROMIUM_PATH to a Chromium or Chrome executable.",
  );
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no free port"))));
    });
  });
}

if (!process.env.DATABASE_URL) {
  throw new Error(
    "The e2e server empties and seeds its database. Run the e2e tests with `npm run test:e2e`, which starts a throwaway one.",
  );
}

// Chosen once in the runner; workers load this file again and inherit the variable.
process.env.CONSORT_E2E_PORT ??= String(await freePort());
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
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: findChromium(),
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    // The same start script as `npm start`: production build (rebuilt only when stale) in its own
    // folder, the database emptied and seeded with the demo partnership before the server starts.
    command: "node --import tsx lib/cli/start.ts --fresh-demo",
    url: `${baseURL}/login`,
    env: { PORT: String(port), NEXT_DIST_DIR: ".next-e2e", NEXT_TELEMETRY_DISABLED: "1" },
    reuseExistingServer: false,
    timeout: 300_000,
    stdout: "pipe",
    stderr: "pipe",
    // start.ts stops the Next.js process group it started; a SIGKILL would orphan it.
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
  },
});
